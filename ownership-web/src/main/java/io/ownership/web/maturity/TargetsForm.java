package io.ownership.web.maturity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Targets per practice code as typed; an empty value means no target (for a team: the
 * organization's).
 */
public class TargetsForm {

	private Map<String, String> targets = new LinkedHashMap<>();

	/** A form with the targets as typed per practice code. */
	static TargetsForm of(Map<String, String> targets) {
		TargetsForm form = new TargetsForm();
		form.targets.putAll(targets);
		return form;
	}

	public Map<String, String> getTargets() {
		return this.targets;
	}

	public void setTargets(Map<String, String> targets) {
		this.targets = targets;
	}

}
