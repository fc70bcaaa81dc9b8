-- The daily snapshot of every KPI, for the organization and per team (docs/dashboard.md). One row per day, scope
-- and KPI: the job upserts, so running it twice a day leaves one snapshot. The source says how a row was made:
-- DAILY by the job on that day, BACKFILL recomputed from the acceptance transitions (append-only history), DEMO
-- seeded by the demo organization.
create table kpi_snapshot (
    day         date        not null,
    -- 'ORGANIZATION' or the team's id
    scope       varchar(40) not null,
    kpi         varchar(40) not null,
    numerator   bigint      not null check (numerator >= 0),
    denominator bigint      not null check (denominator >= 0),
    source      varchar(10) not null check (source in ('DAILY', 'BACKFILL', 'DEMO')),
    primary key (scope, kpi, day)
);
create index ix_kpi_snapshot_day on kpi_snapshot (day);
