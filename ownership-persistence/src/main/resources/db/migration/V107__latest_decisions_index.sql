-- The auditor's home lists the ten latest acceptance decisions of the organization, newest
-- first: without an index in that order PostgreSQL sorted every transition (30,000 on the
-- large organization, 160 ms of server CPU per view). With it the list walks the index and
-- stops after ten rows.
create index ix_risk_acceptance_transition_latest
    on risk_acceptance_transition (occurred_at desc, acceptance_id, position desc);
