package io.ownership.web.support;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Renders a {@link KeptPage}'s own view, has {@link KeptPages} keep it without the CSRF
 * token and writes it. A page whose forms have errors, or that does not answer 200, is
 * written as rendered and not kept.
 */
@Component
class KeptPageView implements View {

	/** The model's entry holding the page's own view name. */
	static final String VIEW = KeptPageView.class.getName() + ".view";

	private final ThymeleafViewResolver views;

	KeptPageView(ThymeleafViewResolver views) {
		this.views = views;
	}

	@Override
	public String getContentType() {
		return KeptPages.CONTENT_TYPE;
	}

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		View view = this.views.resolveViewName((String) model.get(VIEW), RequestContextUtils.getLocale(request));
		String token = KeptPages.token(request);
		if (!(request.getAttribute(KeptPages.TO_RENDER) instanceof KeptPages.ToRender toRender) || token == null
				|| hasErrors(model)) {
			view.render(model, request, response);
			return;
		}
		HeldBackResponse page = new HeldBackResponse(response);
		view.render(model, request, page);
		String html = page.html();
		if (response.getStatus() == HttpStatus.OK.value()) {
			toRender.pages().keep(toRender, html, token);
		}
		response.setContentType(KeptPages.CONTENT_TYPE);
		response.getWriter().write(html);
	}

	private static boolean hasErrors(Map<String, ?> model) {
		return model.entrySet()
			.stream()
			.anyMatch((entry) -> entry.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX)
					&& entry.getValue() instanceof BindingResult result && result.hasErrors());
	}

}
