package io.ownership.persistence.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.risk.AcceptanceId;
import io.ownership.core.risk.AcceptanceRepository;
import io.ownership.core.risk.AcceptanceStatus;
import io.ownership.core.risk.AcceptanceTransition;
import io.ownership.core.risk.acceptance.Approval;
import io.ownership.core.risk.guardrail.GuardrailReason;
import io.ownership.core.risk.acceptance.PendingApproval;
import io.ownership.core.risk.RiskAcceptance;
import io.ownership.core.risk.RiskId;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.RiskSnapshot;
import io.ownership.core.risk.RiskStatus;
import io.ownership.core.shared.StaleVersionException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acceptances with their approvals and transitions. Approvals and transitions are only
 * appended; an update of the acceptance names the version it read. Loading any number of
 * acceptances takes three statements.
 */
@Repository
@Transactional(readOnly = true)
class JdbcAcceptanceRepository implements AcceptanceRepository {

	private final JdbcClient jdbc;

	JdbcAcceptanceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<RiskAcceptance> findById(AcceptanceId id) {
		return load("where id = :value", id.value()).stream().findFirst();
	}

	@Override
	public Optional<RiskAcceptance> findActive(RiskId risk) {
		return load("where risk_id = :value and status = 'ACTIVE'", risk.value()).stream().findFirst();
	}

	@Override
	public Optional<RiskAcceptance> findPending(RiskId risk) {
		return load("where risk_id = :value and status = 'PENDING'", risk.value()).stream().findFirst();
	}

	@Override
	public List<RiskAcceptance> findOpen(RiskId risk) {
		return load("where risk_id = :value and status in ('ACTIVE', 'PENDING')", risk.value());
	}

	@Override
	public List<RiskAcceptance> findByRisk(RiskId risk) {
		return load("where risk_id = :value", risk.value());
	}

	@Override
	public List<AcceptanceId> findActiveExpiringBefore(LocalDate day) {
		return this.jdbc
			.sql("select id from risk_acceptance where status = 'ACTIVE' and expires_on < :day order by expires_on")
			.param("day", day)
			.query((rs, n) -> new AcceptanceId(rs.getObject(1, UUID.class)))
			.list();
	}

	@Override
	public List<AcceptanceId> findActiveUnremindedUntil(LocalDate day) {
		return this.jdbc.sql("""
				select id from risk_acceptance
				where status = 'ACTIVE' and expires_on <= :day and reminder_sent_at is null order by expires_on
				""").param("day", day).query((rs, n) -> new AcceptanceId(rs.getObject(1, UUID.class))).list();
	}

	private List<RiskAcceptance> load(String where, Object value) {
		Map<UUID, Row> rows = new LinkedHashMap<>();
		this.jdbc.sql("select * from risk_acceptance " + where + " order by requested_at desc")
			.param("value", value)
			.query((rs) -> {
				rows.put(rs.getObject("id", UUID.class), row(rs));
			});
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Approval>> approvals = new HashMap<>();
		this.jdbc.sql("""
				select * from risk_acceptance_approval where acceptance_id in (:ids) order by approved_at, approver
				""").param("ids", rows.keySet()).query((rs) -> {
			approvals.computeIfAbsent(rs.getObject("acceptance_id", UUID.class), (k) -> new ArrayList<>())
				.add(new Approval(rs.getString("approver"), rs.getTimestamp("approved_at").toInstant(),
						rs.getString("comment")));
		});
		Map<UUID, List<AcceptanceTransition>> transitions = new HashMap<>();
		this.jdbc.sql("""
				select * from risk_acceptance_transition where acceptance_id in (:ids) order by position
				""").param("ids", rows.keySet()).query((rs) -> {
			transitions.computeIfAbsent(rs.getObject("acceptance_id", UUID.class), (k) -> new ArrayList<>())
				.add(transition(rs));
		});
		List<RiskAcceptance> result = new ArrayList<>(rows.size());
		rows.forEach((id, row) -> result
			.add(row.toDomain(approvals.getOrDefault(id, List.of()), transitions.getOrDefault(id, List.of()))));
		return result;
	}

	@Override
	@Transactional
	public void save(RiskAcceptance acceptance) {
		UUID id = acceptance.id().value();
		boolean exists = this.jdbc.sql("select count(*) from risk_acceptance where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
		if (exists) {
			int updated = this.jdbc.sql("""
					update risk_acceptance set status = :status, marked_for_review = :review,
					  reminder_sent_at = :reminded, expires_on = :expiresOn, version = version + 1
					where id = :id and version = :version
					""")
				.param("id", id)
				.param("expiresOn", acceptance.expiresOn())
				.param("status", acceptance.status().name())
				.param("review", acceptance.markedForReview())
				.param("reminded", timestamp(acceptance.reminderSentAt()))
				.param("version", acceptance.version())
				.update();
			if (updated == 0) {
				throw new StaleVersionException("RiskAcceptance", acceptance.id());
			}
			if (acceptance.status() != AcceptanceStatus.PENDING) {
				// Decided, withdrawn or cancelled: the managers' notifications asking for
				// a
				// decision are no longer unread work.
				this.jdbc.sql("update notification set read_at = now() where link = :link and read_at is null")
					.param("link", PendingApproval.link(acceptance.id()))
					.update();
			}
		}
		else {
			this.jdbc.sql("""
					insert into risk_acceptance (id, risk_id, product_id, requester_id, requested_by, requested_at,
					  justification, compensating_controls, expires_on, status, autonomous, reasons,
					  approvals_needed, marked_for_review, reminder_sent_at, supersedes_id)
					values (:id, :risk, :product, :requester, :requestedBy, :requestedAt, :justification,
					  :controls, :expiresOn, :status, :autonomous, :reasons, :needed, :review, :reminded, :supersedes)
					""")
				.param("id", id)
				.param("risk", acceptance.risk().value())
				.param("product", acceptance.product().value())
				.param("requester", (acceptance.requester() == null) ? null : acceptance.requester().value())
				.param("requestedBy", acceptance.requestedBy())
				.param("requestedAt", timestamp(acceptance.transitions().get(0).at()))
				.param("justification", acceptance.justification())
				.param("controls", acceptance.compensatingControls())
				.param("expiresOn", acceptance.expiresOn())
				.param("status", acceptance.status().name())
				.param("autonomous", acceptance.autonomous())
				.param("reasons",
						String.join("\n", acceptance.reasons().stream().map(GuardrailReason::encode).toList()))
				.param("needed", acceptance.approvalsNeeded())
				.param("review", acceptance.markedForReview())
				.param("reminded", timestamp(acceptance.reminderSentAt()))
				.param("supersedes", (acceptance.supersedes() == null) ? null : acceptance.supersedes().value())
				.update();
		}
		for (Approval approval : acceptance.approvals()) {
			this.jdbc.sql("""
					insert into risk_acceptance_approval (acceptance_id, approver, approved_at, comment)
					values (:id, :approver, :at, :comment) on conflict do nothing
					""")
				.param("id", id)
				.param("approver", approval.approver())
				.param("at", timestamp(approval.at()))
				.param("comment", approval.comment())
				.update();
		}
		int stored = this.jdbc.sql("select count(*) from risk_acceptance_transition where acceptance_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		List<AcceptanceTransition> all = acceptance.transitions();
		for (int position = stored; position < all.size(); position++) {
			AcceptanceTransition t = all.get(position);
			RiskSnapshot risk = t.risk();
			this.jdbc.sql("""
					insert into risk_acceptance_transition (acceptance_id, position, from_status, to_status, action,
					  actor, occurred_at, comment, risk_title, risk_likelihood, risk_impact, risk_score, risk_level,
					  affects_other_products, involves_customer_data, violates_requirement, risk_status)
					values (:id, :position, :from, :to, :action, :actor, :at, :comment, :title, :likelihood,
					  :impact, :score, :level, :affects, :customerData, :violates, :riskStatus)
					""")
				.param("id", id)
				.param("position", position)
				.param("from", (t.from() == null) ? null : t.from().name())
				.param("to", t.to().name())
				.param("action", t.action())
				.param("actor", t.actor())
				.param("at", timestamp(t.at()))
				.param("comment", t.comment())
				.param("title", risk.title())
				.param("likelihood", risk.likelihood())
				.param("impact", risk.impact())
				.param("score", risk.score())
				.param("level", risk.level().name())
				.param("affects", risk.affectsOtherProducts())
				.param("customerData", risk.involvesCustomerData())
				.param("violates", risk.violatesRequirement())
				.param("riskStatus", risk.status().name())
				.update();
		}
	}

	private static Timestamp timestamp(java.time.Instant instant) {
		return (instant == null) ? null : Timestamp.from(instant);
	}

	static List<GuardrailReason> reasons(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("\n")).map(GuardrailReason::decode).toList();
	}

	private static AcceptanceTransition transition(ResultSet rs) throws SQLException {
		String from = rs.getString("from_status");
		return new AcceptanceTransition((from == null) ? null : AcceptanceStatus.valueOf(from),
				AcceptanceStatus.valueOf(rs.getString("to_status")), rs.getString("action"), rs.getString("actor"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getString("comment"),
				new RiskSnapshot(rs.getString("risk_title"), rs.getInt("risk_likelihood"), rs.getInt("risk_impact"),
						rs.getInt("risk_score"), RiskLevel.valueOf(rs.getString("risk_level")),
						rs.getBoolean("affects_other_products"), rs.getBoolean("involves_customer_data"),
						rs.getBoolean("violates_requirement"), RiskStatus.valueOf(rs.getString("risk_status"))));
	}

	private static Row row(ResultSet rs) throws SQLException {
		UUID requester = rs.getObject("requester_id", UUID.class);
		UUID supersedes = rs.getObject("supersedes_id", UUID.class);
		Timestamp reminded = rs.getTimestamp("reminder_sent_at");
		return new Row(new AcceptanceId(rs.getObject("id", UUID.class)),
				new RiskId(rs.getObject("risk_id", UUID.class)), new ProductId(rs.getObject("product_id", UUID.class)),
				(requester == null) ? null : new PersonId(requester), rs.getString("requested_by"),
				rs.getString("justification"), rs.getString("compensating_controls"),
				rs.getDate("expires_on").toLocalDate(), AcceptanceStatus.valueOf(rs.getString("status")),
				rs.getBoolean("autonomous"), reasons(rs.getString("reasons")), rs.getInt("approvals_needed"),
				rs.getBoolean("marked_for_review"), (reminded == null) ? null : reminded.toInstant(),
				(supersedes == null) ? null : new AcceptanceId(supersedes), rs.getLong("version"));
	}

	private record Row(AcceptanceId id, RiskId risk, ProductId product, PersonId requester, String requestedBy,
			String justification, String controls, LocalDate expiresOn, AcceptanceStatus status, boolean autonomous,
			List<GuardrailReason> reasons, int needed, boolean review, java.time.Instant reminded,
			AcceptanceId supersedes, long version) {

		RiskAcceptance toDomain(List<Approval> approvals, List<AcceptanceTransition> transitions) {
			return new RiskAcceptance(this.id, this.risk, this.product, this.requester, this.requestedBy,
					this.justification, this.controls, this.expiresOn, this.status, this.autonomous, this.reasons,
					this.needed, approvals, this.review, this.reminded, this.supersedes, transitions, this.version);
		}

	}

}
