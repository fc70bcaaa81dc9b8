package io.ownership.web.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
import io.ownership.core.shared.Role;
import io.ownership.web.dashboard.KpiCell;
import io.ownership.web.dashboard.Trends;

import org.springframework.stereotype.Component;

/**
 * Builds the {@link HomePage}: only the sections of the roles the user holds are read,
 * each with a fixed number of statements.
 */
@Component
class HomePages {

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

	HomePages(HomeQuery home, CatalogQuery catalog, RiskQuery risks, KpiService kpis, TrainingQuery training,
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

	HomePage page(Actor actor) {
		LocalDate today = LocalDate.now(this.clock);
		Optional<HomeQuery.Me> me = this.home.me(actor.username());
		UUID person = me.map(HomeQuery.Me::person).orElse(null);
		return new HomePage(me.map(HomeQuery.Me::name).orElse(actor.username()), actor.roles(), today,
				this.actions.openOwnedBy(actor.username(), today),
				actor.has(Role.SECURITY_MANAGER) ? manager(today) : null,
				actor.has(Role.PRODUCT_OWNER) ? owner(actor, person, today) : null,
				actor.has(Role.TEAM_MEMBER) ? member(actor, person, today) : null,
				actor.has(Role.AUDITOR) ? this.home.latestDecisions(10) : null,
				actor.has(Role.ADMIN) ? this.home.accounts(this.clock.instant()) : null);
	}

	private HomePage.Manager manager(LocalDate today) {
		Page<PendingApproval> pending = this.risks.pending(ApprovalFilter.ALL, today, PageRequest.of(0, LIST_LIMIT));
		KpiBoard board = this.kpis.board();
		KpiSet organization = board.organization();
		Trends trends = Trends.read(this.snapshots, null, today);
		List<Ref> uncovered = board.teams()
			.stream()
			.filter((team) -> team.kpis().get(Kpi.CHAMPION_COVERAGE).numerator() == 0)
			.map((team) -> new Ref(team.id(), team.name()))
			.toList();
		return new HomePage.Manager(pending.content()
			.stream()
			.map((p) -> new HomePage.Waiting(p,
					ChronoUnit.DAYS.between(p.requestedAt().atZone(ZoneOffset.UTC).toLocalDate(), today)))
			.toList(), pending.totalElements(), GLANCE.stream().map((kpi) -> {
				KpiValue value = organization.get(kpi);
				return new HomePage.Glance(value, KpiCell.text(value),
						Trends.trend(value, trends.before(kpi, TREND_DAYS)));
			}).toList(), uncovered.stream().limit(LIST_LIMIT).toList(), uncovered.size(),
				organization.get(Kpi.PRODUCTS_OWNED).missing(), organization.get(Kpi.PRODUCTS_WITH_MATRICES).missing(),
				this.gate.failing(PageRequest.of(0, LIST_LIMIT)));
	}

	private HomePage.Owner owner(Actor actor, UUID person, LocalDate today) {
		return new HomePage.Owner((person == null) ? null : this.home.ownerWork(person, today, EXPIRING_DAYS),
				(person == null) ? null : HomePage.Links.of(person, EXPIRING_DAYS),
				this.catalog.productsAccountableTo(actor.username()),
				(person == null) ? null : this.home.gateStates(person));
	}

	private HomePage.Member member(Actor actor, UUID person, LocalDate today) {
		List<HomePage.TeamSummary> teams = this.catalog.teamsOf(actor.username())
			.stream()
			.limit(3)
			.map((team) -> summary(team, this.kpis.team(team.id())))
			.toList();
		List<RequiredCourse> due = List.of();
		if (person != null) {
			PersonId id = new PersonId(person);
			due = RequiredCourse
				.evaluate(this.training.requirementsOf(id, today), this.training.completionsOf(id), today)
				.stream()
				.filter((course) -> course.state() != TrainingState.DONE)
				.toList();
		}
		return new HomePage.Member(teams, due);
	}

	private static HomePage.TeamSummary summary(Ref team, KpiSet kpis) {
		String risks = "/risks?team=" + team.id();
		return new HomePage.TeamSummary(team, kpis.get(Kpi.OPEN_RISKS).numerator(),
				kpis.get(Kpi.OPEN_HIGH).numerator() + kpis.get(Kpi.OPEN_CRITICAL).numerator(),
				kpis.get(Kpi.TREATMENTS_OVERDUE).numerator(), kpis.get(Kpi.PRODUCTS_OWNED).missing(),
				kpis.get(Kpi.CHAMPION_COVERAGE).numerator() > 0, risks + "&open=true", risks + "&overdue=true",
				"/products?team=" + team.id() + "&gaps=true");
	}

}
