package io.ownership.web.threat;

import java.util.List;

import io.ownership.core.threat.Stride;
import io.ownership.core.threat.ThreatStatus;

/**
 * A page that shows the threat form ({@code threat/fragments :: threat-fields}): a
 * backlog item's and a threat's own. Its choices come with the page.
 */
interface ThreatFormPage {

	/** The STRIDE categories a threat is recorded in. */
	default List<Stride> categories() {
		return List.of(Stride.values());
	}

	/** The statuses a threat moves through. */
	default List<ThreatStatus> statuses() {
		return List.of(ThreatStatus.values());
	}

}
