package io.ownership.web.maturity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Targets per practice code as typed; an empty value means no target (for a team: the
 * organization's).
 */
public class TargetsForm {

	private Map<String, String> targets = new LinkedHashMap<>();

	public Map<String, String> getTargets() {
		return this.targets;
	}

	public void setTargets(Map<String, String> targets) {
		this.targets = targets;
	}

}
