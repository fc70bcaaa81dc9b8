package io.ownership.web.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ownership.core.action.ActionQuery;
import io.ownership.core.action.ActionService;
import io.ownership.core.action.ActionSource;
import io.ownership.core.action.NewAction;
import io.ownership.core.catalog.PersonRepository;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.maturity.AnswerChange;
import io.ownership.core.maturity.AnswerLevel;
import io.ownership.core.maturity.Assessment;
import io.ownership.core.maturity.AssessmentRepository;
import io.ownership.core.maturity.MaturityModel;
import io.ownership.core.maturity.MaturityService;
import io.ownership.core.maturity.ModelActivity;
import io.ownership.core.maturity.Period;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's maturity: organization targets, two accepted quarters for Business Services
 * A and for the Application Platform (the later one better in a few practices), and an
 * improvement action from Business Services A's largest gap. The current quarter is left
 * for the visitor to assess.
 */
@Component
@Profile("demo")
@Order(60)
class DemoMaturity implements ApplicationRunner {

	private static final Actor MANAGER = new Actor("system", Set.of(Role.SECURITY_MANAGER));

	static final String BUSINESS_SERVICES_A_TEAM = "Business Services A team";

	static final String PLATFORM_TEAM = "Application Platform team";

	private final MaturityService maturity;

	private final AssessmentRepository assessments;

	private final TeamRepository teams;

	private final PersonRepository people;

	private final ActionService actions;

	private final ActionQuery actionQuery;

	private final Clock clock;

	DemoMaturity(MaturityService maturity, AssessmentRepository assessments, TeamRepository teams,
			PersonRepository people, ActionService actions, ActionQuery actionQuery, Clock clock) {
		this.actionQuery = actionQuery;
		this.maturity = maturity;
		this.assessments = assessments;
		this.teams = teams;
		this.people = people;
		this.actions = actions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		MaturityModel model = this.maturity.latestModel();
		if (this.maturity.organizationTargets().isEmpty()) {
			Map<String, Double> targets = new LinkedHashMap<>();
			model.practices().forEach((practice) -> targets.put(practice.code(), 1.5));
			targets.put("TA", 2.0);
			targets.put("SB", 2.0);
			this.maturity.setTargets(MANAGER, null, targets);
		}
		Period current = Period.of(LocalDate.now(this.clock));
		Period last = current.previous();
		Period before = last.previous();
		Team business = this.teams.findByName(BUSINESS_SERVICES_A_TEAM).orElseThrow();
		Team platform = this.teams.findByName(PLATFORM_TEAM).orElseThrow();
		accepted(business, before, model, 0, "dev-a");
		accepted(business, last, model, 1, "dev-a");
		accepted(platform, before, model, 2, "po-platform");
		accepted(platform, last, model, 3, "po-platform");
		LocalDate today = LocalDate.now(this.clock);
		if (this.actionQuery.ofTeam(business.id(), today).isEmpty()) {
			this.people.findByEmail("daniel.kraus@example.org")
				.ifPresent((daniel) -> this.actions.open(MANAGER,
						new NewAction(business.id(), "Threat model every new interface of Business Services A",
								daniel.id(), today.plusMonths(2),
								new ActionSource(ActionSource.Kind.MATURITY_GAP, "TA", "Threat Assessment"))));
		}
	}

	/**
	 * An accepted assessment whose answers follow a fixed pattern per team and quarter:
	 * level 1 mostly done, level 2 partly, level 3 rarely, a little better each quarter.
	 */
	private void accepted(Team team, Period period, MaturityModel model, int seed, String submitter) {
		if (this.assessments.find(team.id(), period).isPresent()) {
			return;
		}
		Assessment previous = this.assessments.latestBefore(team.id(), period).orElse(null);
		Assessment assessment = Assessment.start(team.id(), period, model, previous);
		List<AnswerChange> changes = new ArrayList<>();
		AnswerLevel[] levels = AnswerLevel.values();
		int i = 0;
		for (ModelActivity activity : model.activities()) {
			int base = (activity.level() == 1) ? 3 : (activity.level() == 2) ? 1 : 0;
			int wobble = ((i * 7 + seed * 3) % 5 == 0) ? -1 : ((i * 5 + seed) % 4 == 0) ? 1 : 0;
			int level = Math.max(0, Math.min(3, base + wobble + ((seed % 2 == 1 && i % 3 == 0) ? 1 : 0)));
			var existing = assessment.answerTo(activity.key());
			changes.add(new AnswerChange(activity.key(), levels[level],
					(activity.level() == 1 && i % 6 == 0) ? "Agreed in the team's quarterly review" : null, null,
					(existing == null) ? 0 : existing.version()));
			i++;
		}
		assessment.answer(model, changes);
		assessment.submit(submitter, period.start().plusMonths(2).atStartOfDay(this.clock.getZone()).toInstant());
		assessment.accept("manager", "Consistent with what we see in reviews",
				period.start().plusMonths(2).plusDays(5).atStartOfDay(this.clock.getZone()).toInstant());
		this.assessments.save(assessment);
	}

}
