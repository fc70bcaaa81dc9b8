package io.ownership.web.support;

import io.ownership.core.shared.DataVersions;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The versions of the areas of data (docs/decisions/0006) checked once per request,
 * however many kept things (the badge, a kept page) the request asks about.
 */
@Component
public class RequestDataVersions implements DataVersions.Current {

	private static final String ATTRIBUTE = RequestDataVersions.class.getName();

	private final DataVersions.Check check;

	RequestDataVersions(DataVersions.Check check) {
		this.check = check;
	}

	@Override
	public DataVersions current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return this.check.now();
		}
		DataVersions versions = (DataVersions) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (versions == null) {
			versions = this.check.now();
			request.setAttribute(ATTRIBUTE, versions, RequestAttributes.SCOPE_REQUEST);
		}
		return versions;
	}

}
