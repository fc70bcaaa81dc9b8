package io.ownership.web.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.ownership.core.shared.Role;
import io.ownership.core.action.ActionQuery;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.catalog.view.Ref;
import io.ownership.core.dashboard.HomeQuery;
import io.ownership.core.dashboard.Kpi;
import io.ownership.core.dashboard.KpiBoard;
import io.ownership.core.dashboard.KpiService;
import io.ownership.core.dashboard.KpiSet;
import io.ownership.core.dashboard.KpiSnapshots;
import io.ownership.core.dashboard.KpiValue;
import io.ownership.core.dashboard.TeamKpis;
import io.ownership.core.gate.GateQuery;
import io.ownership.core.program.training.RequiredCourse;
import io.ownership.core.program.training.TrainingQuery;
import io.ownership.core.program.training.TrainingState;
import io.ownership.core.risk.acceptance.ApprovalFilter;
import io.ownership.core.risk.acceptance.PendingApproval;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.web.dashboard.Trends;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a home page leads with, per role: only the sections of the roles the user holds
 * are read, each with a fixed number of statements.
 */
@Component
class HomePage {

	static final int EXPIRING_DAYS = 30;

	static final int LIST_LIMIT = 5;

	static final int TREND_DAYS = 30;

	/** The KPIs a security manager sees at a glance. */
	static final List<Kpi> GLANCE = List.of(Kpi.PRODUCTS_OWNED, Kpi.PRODUCTS_WITH_MATRICES, Kpi.ACCEPTANCES_AUTONOMOUS,
			Kpi.OPEN_CRITICAL, Kpi.OPEN_HIGH, Kpi.TREATMENTS_OVERDUE, Kpi.CHAMPION_COVERAGE, Kpi.TRAINING_DONE,
			Kpi.GATE_PASS_RATE, Kpi.GATE_FAILING);

	private final HomeQuery home;

	private final CatalogQuery catalog;

	private final RiskQuery risks;

	private final KpiService kpis;

	private final TrainingQuery training;

	private final KpiSnapshots snapshots;

	private final GateQuery gate;

	private final ActionQuery actions;

	private final Clock clock;

	HomePage(HomeQuery home, CatalogQuery catalog, RiskQuery risks, KpiService kpis, TrainingQuery training,
			KpiSnapshots snapshots, GateQuery gate, ActionQuery actions, Clock clock) {
		this.actions = actions;
		this.snapshots = snapshots;
		this.gate = gate;
		this.home = home;
		this.catalog = catalog;
		this.risks = risks;
		this.kpis = kpis;
		this.training = training;
		this.clock = clock;
	}

	void fill(Actor actor, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		Optional<HomeQuery.Me> me = this.home.me(actor.username());
		UUID person = me.map(HomeQuery.Me::person).orElse(null);
		model.addAttribute("name", me.map(HomeQuery.Me::name).orElse(actor.username()));
		model.addAttribute("person", person);
		model.addAttribute("today", today);
		model.addAttribute("myActions", this.actions.openOwnedBy(actor.username(), today));
		if (actor.has(Role.SECURITY_MANAGER)) {
			Page<PendingApproval> pending = this.risks.pending(ApprovalFilter.ALL, today,
					PageRequest.of(0, LIST_LIMIT));
			model.addAttribute("pending",
					pending.content()
						.stream()
						.map((p) -> new Waiting(p,
								ChronoUnit.DAYS.between(p.requestedAt().atZone(ZoneOffset.UTC).toLocalDate(), today)))
						.toList());
			model.addAttribute("pendingTotal", pending.totalElements());
			KpiBoard board = this.kpis.board();
			Trends trends = Trends.read(this.snapshots, null, today);
			model.addAttribute("glance",
					GLANCE.stream()
						.map((kpi) -> new Glance(board.organization().get(kpi),
								Trends.trend(board.organization().get(kpi), trends.before(kpi, TREND_DAYS))))
						.toList());
			List<TeamKpis> uncovered = board.teams()
				.stream()
				.filter((team) -> team.kpis().get(Kpi.CHAMPION_COVERAGE).numerator() == 0)
				.toList();
			model.addAttribute("uncoveredTeams", uncovered.stream().limit(LIST_LIMIT).toList());
			model.addAttribute("uncoveredTotal", uncovered.size());
			model.addAttribute("organization", board.organization());
			model.addAttribute("failingGate", this.gate.failing(PageRequest.of(0, LIST_LIMIT)));
		}
		if (actor.has(Role.PRODUCT_OWNER)) {
			model.addAttribute("myProducts", this.catalog.productsAccountableTo(actor.username()));
			if (person != null) {
				model.addAttribute("work", this.home.ownerWork(person, today, EXPIRING_DAYS));
				model.addAttribute("gateStates", this.home.gateStates(person));
			}
		}
		if (actor.has(Role.TEAM_MEMBER)) {
			List<TeamSummary> teams = new ArrayList<>();
			for (Ref team : this.catalog.teamsOf(actor.username()).stream().limit(3).toList()) {
				teams.add(new TeamSummary(team, this.kpis.team(team.id())));
			}
			model.addAttribute("myTeams", teams);
			if (person != null) {
				PersonId id = new PersonId(person);
				model.addAttribute("trainingDue",
						RequiredCourse
							.evaluate(this.training.requirementsOf(id, today), this.training.completionsOf(id), today)
							.stream()
							.filter((course) -> course.state() != TrainingState.DONE)
							.toList());
			}
		}
		if (actor.has(Role.AUDITOR)) {
			model.addAttribute("decisions", this.home.latestDecisions(10));
		}
		if (actor.has(Role.ADMIN)) {
			model.addAttribute("accounts", this.home.accounts(this.clock.instant()));
		}
	}

	/**
	 * A KPI with where it went in the last {@value #TREND_DAYS} days, or no trend.
	 */
	record Glance(KpiValue value, Trends.Trend trend) {

	}

	/**
	 * A pending request with its age in days.
	 */
	record Waiting(PendingApproval request, long days) {

	}

	/**
	 * One of the user's teams with its KPIs.
	 */
	record TeamSummary(Ref team, KpiSet kpis) {

	}

}
