-- When the risk owner first decided on a risk (a treatment decided, a treatment plan, an acceptance active), for the
-- dashboard's mean time from identification to a decision. Backfilled from what the history kept: the first
-- "risk.decided" or "risk.treatmentPlanned" entry of the risk, and the first transition of one of its acceptances to
-- ACTIVE, whichever came first, and never before the risk was identified. A risk decided without such a trace
-- (loaded by a generated dataset) keeps null and is not counted.
alter table risk add column decided_at timestamptz;

update risk r set decided_at = greatest(d.decided_at, r.identified_at)
from (
    select risk_id, min(at) as decided_at
    from (
        select cast(e.entity_id as uuid) as risk_id, e.occurred_at as at
        from audit_event e
        where e.entity_type = 'Risk' and e.action in ('risk.decided', 'risk.treatmentPlanned')
          and e.entity_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
        union all
        select a.risk_id, t.occurred_at
        from risk_acceptance_transition t
        join risk_acceptance a on a.id = t.acceptance_id
        where t.to_status = 'ACTIVE'
    ) decisions
    group by risk_id
) d
where d.risk_id = r.id;

create index ix_risk_decided on risk (level, decided_at) where decided_at is not null;
