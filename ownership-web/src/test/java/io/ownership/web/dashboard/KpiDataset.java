package io.ownership.web.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small organization built row by row for the KPI tests, with unique names, so that its
 * team's numbers can be computed by hand (see {@link DashboardKpiTests}). Dates are whole
 * days back from now, far from the bands' edges.
 */
final class KpiDataset {

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final UUID team = UUID.randomUUID();

	final UUID emptyTeam = UUID.randomUUID();

	final UUID owner = UUID.randomUUID();

	final UUID gone = UUID.randomUUID();

	/** Complete: owning team, active product owner and risk owner. */
	final UUID complete = UUID.randomUUID();

	/** Gap: no risk owner. */
	final UUID noRiskOwner = UUID.randomUUID();

	/** Gap: its risk owner is deactivated. */
	final UUID inactiveOwner = UUID.randomUUID();

	/** A second team, with one platform product whose gate fails. */
	final UUID gateTeam = UUID.randomUUID();

	final UUID gateProduct = UUID.randomUUID();

	/** Archived: not counted as a product, its risks still in the register. */
	final UUID archived = UUID.randomUUID();

	private final JdbcTemplate jdbc;

	private final Instant now = Instant.now(Clock.systemUTC());

	KpiDataset(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		jdbc.update("insert into team (id, name, kind) values (?, ?, 'DEVELOPMENT')", this.team,
				"KPI team " + this.suffix);
		jdbc.update("insert into team (id, name, kind) values (?, ?, 'PLATFORM')", this.emptyTeam,
				"KPI empty team " + this.suffix);
		person(this.owner, "Owner " + this.suffix, true);
		person(this.gone, "Gone " + this.suffix, false);
		product(this.complete, "BUSINESS_SERVICE", this.owner, this.owner, false);
		product(this.noRiskOwner, "BUSINESS_SERVICE", this.owner, null, false);
		product(this.inactiveOwner, "PLATFORM", this.owner, this.gone, false);
		product(this.archived, "BUSINESS_SERVICE", this.owner, this.owner, true);
		asset(this.complete, null, this.complete);
		asset(this.complete, null, null);
		asset(null, "Vendor " + this.suffix, this.noRiskOwner);
		risk(this.complete, "LOW", "OPEN", 10, null, null);
		UUID expired = risk(this.complete, "HIGH", "OPEN", 60, null, null);
		acceptance(expired, "EXPIRED", true, 60);
		this.jdbc.update("update risk set decision = 'ACCEPT' where id = ?", expired);
		// first decisions: medium after 20 and 5 days, critical after 20, high after 5,
		// low after 5 (the other closed low risk and the open ones without a decision)
		decided(risk(this.complete, "MEDIUM", "IN_TREATMENT", 120, -5, null), 100);
		decided(risk(this.inactiveOwner, "CRITICAL", "IN_TREATMENT", 400, 30, null), 380);
		UUID accepted = risk(this.complete, "MEDIUM", "ACCEPTED", 15, null, null);
		acceptance(accepted, "ACTIVE", true, 10);
		decided(accepted, 10);
		UUID acceptedHigh = risk(this.noRiskOwner, "HIGH", "ACCEPTED", 15, null, null);
		acceptance(acceptedHigh, "ACTIVE", false, 10);
		decided(acceptedHigh, 10);
		acceptance(risk(this.archived, "MEDIUM", "OPEN", 20, null, null), "PENDING", false, 4);
		decided(risk(this.complete, "LOW", "CLOSED", 30, null, 10), 25);
		risk(this.complete, "LOW", "CLOSED", 50, null, 20);
		// gate, last 30 days: the team 2 passes of 4 evaluations (the one 40 days ago is
		// outside), failing now: complete; the gate team 0 of 1, failing now: its product
		evaluation(this.complete, "PASS", 40);
		evaluation(this.complete, "PASS", 2);
		evaluation(this.complete, "FAIL", 1);
		evaluation(this.noRiskOwner, "FAIL", 4);
		evaluation(this.noRiskOwner, "PASS", 3);
		jdbc.update("insert into team (id, name, kind) values (?, ?, 'DEVELOPMENT')", this.gateTeam,
				"KPI gate team " + this.suffix);
		jdbc.update(
				"insert into product (id, name, kind, owning_team_id, product_owner_id, risk_owner_id, archived)"
						+ " values (?, ?, 'PLATFORM', ?, ?, ?, false)",
				this.gateProduct, "KPI gate product " + this.suffix, this.gateTeam, this.owner, this.owner);
		evaluation(this.gateProduct, "FAIL", 5);
	}

	/**
	 * Records dated after today, as an import or a clock set wrong leaves them: a low
	 * risk identified in ten days with a request made in five, a medium risk identified
	 * in five days and closed today, a high risk identified in five days and transferred
	 * (decided) today. Their days count as 0.
	 */
	void future() {
		UUID early = risk(this.complete, "LOW", "OPEN", -10, null, null);
		acceptance(early, "PENDING", false, -5);
		risk(this.complete, "MEDIUM", "CLOSED", -5, null, 0);
		decided(risk(this.complete, "HIGH", "TRANSFERRED", -5, null, null), 0);
	}

	/**
	 * A gate evaluation, which becomes the product's gate state (the latest).
	 */
	private void evaluation(UUID product, String decision, int daysAgo) {
		evaluation(product, decision, ago(daysAgo));
	}

	/**
	 * A gate evaluation at a time, which becomes the product's gate state.
	 */
	void evaluation(UUID product, String decision, Timestamp at) {
		Long id = this.jdbc.queryForObject("insert into gate_evaluation (product_id, artifact, decision, mode, reasons,"
				+ " warnings, evaluated_at, token_name) values (?, 'app 1.0', ?, 'ENFORCE', '', '', ?, 'ci')"
				+ " returning id", Long.class, product, decision, at);
		this.jdbc.update(
				"insert into gate_state (product_id, evaluation_id, decision, evaluated_at) values (?, ?, ?, ?)"
						+ " on conflict (product_id) do update set evaluation_id = excluded.evaluation_id,"
						+ " decision = excluded.decision, evaluated_at = excluded.evaluated_at",
				product, id, decision, at);
	}

	private void person(UUID id, String name, boolean active) {
		this.jdbc.update("insert into person (id, name, email, active) values (?, ?, ?, ?)", id, name,
				id + "@kpi.example.org", active);
	}

	private void product(UUID id, String kind, UUID productOwner, UUID riskOwner, boolean archived) {
		this.jdbc.update(
				"insert into product (id, name, kind, owning_team_id, product_owner_id, risk_owner_id, archived)"
						+ " values (?, ?, ?, ?, ?, ?, ?)",
				id, "KPI product " + id, kind, this.team, productOwner, riskOwner, archived);
	}

	private void asset(UUID owner, String external, UUID responsible) {
		this.jdbc.update(
				"insert into asset (id, name, type, owner_product_id, external_owner, responsible_product_id)"
						+ " values (?, ?, 'CODE_REPOSITORY', ?, ?, ?)",
				UUID.randomUUID(), "KPI asset " + this.suffix, owner, external, responsible);
	}

	private UUID risk(UUID product, String level, String status, int daysAgo, Integer dueInDays,
			Integer closedDaysAgo) {
		UUID id = UUID.randomUUID();
		LocalDate today = LocalDate.now(Clock.systemUTC());
		this.jdbc.update(
				"insert into risk (id, product_id, title, source, likelihood, impact, score, level, status,"
						+ " treatment_plan, treatment_due, identified_at, closed_at)"
						+ " values (?, ?, ?, 'OTHER', 1, 1, 1, ?, ?, ?, ?, ?, ?)",
				id, product, "KPI risk " + this.suffix, level, status, (dueInDays == null) ? null : "plan",
				(dueInDays == null) ? null : java.sql.Date.valueOf(today.plusDays(dueInDays)), ago(daysAgo),
				(closedDaysAgo == null) ? null : ago(closedDaysAgo));
		return id;
	}

	private void decided(UUID risk, int daysAgo) {
		this.jdbc.update("update risk set decided_at = ? where id = ?", ago(daysAgo), risk);
	}

	private void acceptance(UUID risk, String status, boolean autonomous, int requestedDaysAgo) {
		UUID product = this.jdbc.queryForObject("select product_id from risk where id = ?", UUID.class, risk);
		this.jdbc
			.update("insert into risk_acceptance (id, risk_id, product_id, requested_by, requested_at, justification,"
					+ " expires_on, status, autonomous, approvals_needed) values (?, ?, ?, 'po', ?, 'why', ?, ?, ?, 1)",
					UUID.randomUUID(), risk, product, ago(requestedDaysAgo),
					java.sql.Date.valueOf(LocalDate.now(Clock.systemUTC()).plusDays(30)), status, autonomous);
	}

	private Timestamp ago(int days) {
		return Timestamp.from(this.now.minus(days, ChronoUnit.DAYS));
	}

}
