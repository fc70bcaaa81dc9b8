package io.ownership.web.threat;

import io.ownership.core.threat.Stride;
import io.ownership.core.threat.ThreatStatus;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The choices of the threat form ({@code threat/fragments :: threat-fields}), on the
 * pages that show it: a backlog item's and a threat's own.
 */
@ControllerAdvice(assignableTypes = { BacklogItemController.class, ThreatController.class })
class ThreatChoices {

	@ModelAttribute("categories")
	Stride[] categories() {
		return Stride.values();
	}

	@ModelAttribute("statuses")
	ThreatStatus[] statuses() {
		return ThreatStatus.values();
	}

}
