package io.ownership.persistence.escalation;

import io.ownership.core.escalation.EscalationTrigger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What starts a clock, one query each (see docs/escalations.md). Another trigger is one
 * more bean here: a key, a label and its query.
 */
@Configuration(proxyBeanMethods = false)
class EscalationTriggers {

	@Bean
	@Order(1)
	EscalationTrigger acceptancePending(JdbcClient jdbc) {
		return new SqlTrigger("acceptance.pending", "acceptance request pending", """
				select a.id::text as item, a.product_id, null::uuid as team_id,
				       'Acceptance request for "' || r.title || '" on ' || p.name as title,
				       '/risks/' || r.id as link, a.requested_at as since
				from risk_acceptance a join risk r on r.id = a.risk_id join product p on p.id = a.product_id
				where a.status = 'PENDING'
				""", jdbc);
	}

	@Bean
	@Order(2)
	EscalationTrigger treatmentOverdue(JdbcClient jdbc) {
		return new SqlTrigger("treatment.overdue", "treatment plan past its due date", """
				select r.id::text || ':' || r.treatment_due as item, r.product_id, null::uuid as team_id,
				       'Treatment plan of "' || r.title || '" on ' || p.name || ', due ' || r.treatment_due as title,
				       '/risks/' || r.id as link, (r.treatment_due + 1)::timestamp at time zone :zone as since
				from risk r join product p on p.id = r.product_id
				where r.status = 'IN_TREATMENT' and r.treatment_due < :today
				""", jdbc);
	}

	@Bean
	@Order(3)
	EscalationTrigger acceptanceExpired(JdbcClient jdbc) {
		return new SqlTrigger("acceptance.expired", "acceptance expired and not renewed", """
				select a.id::text as item, r.product_id, null::uuid as team_id,
				       'Acceptance of "' || r.title || '" on ' || p.name || ' expired on ' || a.expires_on
				           || ', not renewed' as title,
				       '/risks/' || r.id as link, (a.expires_on + 1)::timestamp at time zone :zone as since
				from risk_acceptance a join risk r on r.id = a.risk_id join product p on p.id = r.product_id
				where a.status = 'EXPIRED' and r.status = 'OPEN' and a.expires_on < :today
				  and not exists (select 1 from risk_acceptance b
				                  where b.risk_id = a.risk_id and b.requested_at > a.requested_at)
				""", jdbc);
	}

	@Bean
	@Order(4)
	EscalationTrigger riskUndecided(JdbcClient jdbc) {
		return new SqlTrigger("risk.undecided", "high or critical risk without a decision", """
				select r.id::text as item, r.product_id, null::uuid as team_id,
				       initcap(r.level) || ' risk "' || r.title || '" on ' || p.name || ' without a decision' as title,
				       '/risks/' || r.id as link, r.identified_at as since
				from risk r join product p on p.id = r.product_id
				where r.level in ('HIGH', 'CRITICAL') and r.decision is null and r.status = 'OPEN'
				  and not exists (select 1 from risk_acceptance a where a.risk_id = r.id and a.status = 'PENDING')
				""", jdbc);
	}

	@Bean
	@Order(5)
	EscalationTrigger riskOwnerVacant(JdbcClient jdbc) {
		return new SqlTrigger("riskOwner.vacant", "product without a risk owner", """
				select p.id::text as item, p.id as product_id, null::uuid as team_id,
				       p.name || ' has no risk owner' as title, '/products/' || p.id as link,
				       null::timestamptz as since
				from product p left join person o on o.id = p.risk_owner_id and o.active
				where not p.archived and o.id is null
				""", jdbc);
	}

	@Bean
	@Order(6)
	EscalationTrigger actionOverdue(JdbcClient jdbc) {
		return new SqlTrigger("action.overdue", "action past its due date", """
				select f.id::text as item, null::uuid as product_id, f.team_id,
				       'Action "' || f.title || '" of ' || t.name || ', due ' || f.due_on as title,
				       '/teams/' || t.id || '/maturity' as link,
				       (f.due_on + 1)::timestamp at time zone :zone as since
				from follow_up_action f join team t on t.id = f.team_id
				where f.status = 'OPEN' and f.due_on < :today
				""", jdbc);
	}

	@Bean
	@Order(7)
	EscalationTrigger incidentWithoutPostMortem(JdbcClient jdbc) {
		return new SqlTrigger("incident.noPostMortem", "incident without a post-mortem", """
				select i.id::text as item, i.product_id, null::uuid as team_id,
				       'Incident "' || i.title || '" on ' || p.name || ' without a post-mortem' as title,
				       '/incidents/' || i.id as link, i.resolved_at as since
				from security_incident i join product p on p.id = i.product_id
				where i.resolved_at is not null
				  and not exists (select 1 from post_mortem m where m.incident_id = i.id)
				""", jdbc);
	}

}
