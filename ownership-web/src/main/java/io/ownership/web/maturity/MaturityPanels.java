package io.ownership.web.maturity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.ownership.core.action.ActionQuery;
import io.ownership.core.action.ActionRow;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.maturity.Assessment;
import io.ownership.core.maturity.AssessmentRepository;
import io.ownership.core.maturity.Period;

import org.springframework.stereotype.Component;

/**
 * What the team dashboard's maturity panel shows, read by its fragment
 * ({@code @maturityPanels}): the team's latest assessment and its actions.
 */
@Component("maturityPanels")
public class MaturityPanels {

	private static final Period AFTER_ALL = new Period(2999, 4);

	private final AssessmentRepository assessments;

	private final ActionQuery actions;

	private final Clock clock;

	MaturityPanels(AssessmentRepository assessments, ActionQuery actions, Clock clock) {
		this.assessments = assessments;
		this.actions = actions;
		this.clock = clock;
	}

	public Panel team(UUID team) {
		TeamId id = new TeamId(team);
		return new Panel(this.assessments.latestBefore(id, AFTER_ALL).orElse(null),
				this.actions.ofTeam(id, LocalDate.now(this.clock)));
	}

	/**
	 * The team's latest assessment (or null) and its actions.
	 */
	public record Panel(Assessment latest, List<ActionRow> actions) {

	}

}
