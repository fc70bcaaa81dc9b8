-- Indexes found by EXPLAIN ANALYZE on the generated large organization (docs/performance.md).

-- The register's default order (score, then newest) after its most common filters: a page of
-- HIGH and OPEN risks walks the index and stops after the page instead of sorting ten thousand
-- rows; the count of a level and status is an index-only scan. "nulls last" as the query says,
-- or the planner cannot use the index for the order.
create index ix_risk_level_status_rank on risk (level, status, score desc nulls last, identified_at desc, id);
drop index ix_risk_level_status;
create index ix_risk_status_rank on risk (status, score desc nulls last, identified_at desc, id);
create index ix_risk_rank on risk (score desc nulls last, identified_at desc, id);
drop index ix_risk_score;

-- "Acceptance expired" on each register row looks up expired acceptances by risk.
create index ix_risk_acceptance_expired on risk_acceptance (risk_id) where status = 'EXPIRED';
