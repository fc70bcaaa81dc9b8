package io.ownership.web.action;

import io.ownership.core.action.ActionSource;

/**
 * Where a follow-up action's source is shown: the team's maturity page for a gap, the
 * review's page for a review, the team's dashboard otherwise.
 */
public final class ActionLinks {

	private ActionLinks() {
	}

	public static String source(ActionSource source, Object team) {
		return switch (source.kind()) {
			case MATURITY_GAP -> "/teams/" + team + "/maturity#team-actions";
			case REVIEW -> "/reviews/" + source.reference() + "#review-actions";
			case POST_MORTEM -> "/incidents/" + source.reference() + "#actions";
			default -> "/teams/" + team + "#team-actions";
		};
	}

}
