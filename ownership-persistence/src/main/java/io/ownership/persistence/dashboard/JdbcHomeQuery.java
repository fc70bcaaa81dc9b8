package io.ownership.persistence.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.ownership.core.dashboard.HomeQuery;
import io.ownership.persistence.risk.RiskConditions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home pages' projections, one statement each, with the register's conditions so that
 * each count equals the register it links to.
 */
@Repository
@Transactional(readOnly = true)
class JdbcHomeQuery implements HomeQuery {

	private final JdbcClient jdbc;

	JdbcHomeQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Me> me(String username) {
		return this.jdbc.sql("""
				select p.id, coalesce(p.name, u.display_name) as name from user_account u
				left join person p on p.account_id = u.id
				where u.username = :username
				""")
			.param("username", username)
			.query((rs, n) -> new Me(rs.getObject("id", UUID.class), rs.getString("name")))
			.optional();
	}

	@Override
	public OwnerWork ownerWork(UUID person, LocalDate today, int expiringWithinDays) {
		return this.jdbc.sql("""
				select count(*) filter (where %s) as undecided,
				       count(a.id) filter (where a.expires_on <= :expiringBy) as expiring,
				       count(pa.id) as pending,
				       max(greatest(cast(:today as date) - cast(pa.requested_at as date), 0)) as oldest,
				       count(*) filter (where r.status = 'IN_TREATMENT' and r.treatment_due < :today) as overdue,
				       count(*) filter (where %s) as expired
				from risk r
				join product p on p.id = r.product_id
				left join risk_acceptance a on a.risk_id = r.id and a.status = 'ACTIVE'
				left join risk_acceptance pa on pa.risk_id = r.id and pa.status = 'PENDING'
				where p.risk_owner_id = :person
				""".formatted(RiskConditions.UNDECIDED, RiskConditions.ACCEPTANCE_EXPIRED))
			.param("person", person)
			.param("today", today)
			.param("expiringBy", today.plusDays(expiringWithinDays))
			.query((rs, n) -> new OwnerWork(rs.getLong("undecided"), rs.getLong("expiring"), rs.getLong("pending"),
					(rs.getObject("oldest") == null) ? null : rs.getLong("oldest"), rs.getLong("overdue"),
					rs.getLong("expired")))
			.single();
	}

	@Override
	public List<GateState> gateStates(UUID person) {
		return this.jdbc.sql("""
				select p.id, p.name, s.decision, s.evaluated_at from product p
				left join gate_state s on s.product_id = p.id
				where not p.archived and (p.product_owner_id = :person or p.risk_owner_id = :person)
				order by case s.decision when 'FAIL' then 0 when 'PASS' then 1 else 2 end, lower(p.name), p.id
				""").param("person", person).query((rs, n) -> {
			String decision = rs.getString("decision");
			Timestamp at = rs.getTimestamp("evaluated_at");
			return new GateState(rs.getObject("id", UUID.class), rs.getString("name"),
					(decision == null) ? null : "FAIL".equals(decision), (at == null) ? null : at.toInstant());
		}).list();
	}

	@Override
	public List<Decision> latestDecisions(int limit) {
		return this.jdbc.sql("""
				select r.id, t.risk_title, p.name as product_name, t.action, t.to_status,
				       coalesce(u.display_name, t.actor) as actor_name, t.occurred_at
				from risk_acceptance_transition t
				join risk_acceptance a on a.id = t.acceptance_id
				join risk r on r.id = a.risk_id
				join product p on p.id = a.product_id
				left join user_account u on u.username = t.actor
				order by t.occurred_at desc, t.acceptance_id, t.position desc
				limit :limit
				""").param("limit", limit).query((rs, n) -> {
			Timestamp at = rs.getTimestamp("occurred_at");
			return new Decision(rs.getObject("id", UUID.class), rs.getString("risk_title"),
					rs.getString("product_name"), rs.getString("action"), rs.getString("to_status"),
					rs.getString("actor_name"), at.toInstant());
		}).list();
	}

	@Override
	public Accounts accounts(Instant now) {
		return this.jdbc.sql("""
				select count(*) filter (where active) as active, count(*) filter (where not active) as inactive,
				       count(*) filter (where locked_until > :now) as locked
				from user_account
				""")
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new Accounts(rs.getLong("active"), rs.getLong("inactive"), rs.getLong("locked")))
			.single();
	}

}
