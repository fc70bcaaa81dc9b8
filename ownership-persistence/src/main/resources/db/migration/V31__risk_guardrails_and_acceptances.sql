-- Guardrails, the risk matrix, acceptances with their approvals and transitions, the in-app inbox, and
-- the indexes the risk register's filters use.

-- The organization's policy: one row (id 1), created with the defaults. Security managers change it.
create table risk_policy (
    id                smallint    primary key check (id = 1),
    autonomy_limit    varchar(10) not null check (autonomy_limit in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    max_days_low      integer     not null check (max_days_low between 1 and 3650),
    max_days_medium   integer     not null check (max_days_medium between 1 and 3650),
    max_days_high     integer     not null check (max_days_high between 1 and 3650),
    max_days_critical integer     not null check (max_days_critical between 1 and 3650),
    -- the matrix bands: a score up to low_max is LOW, up to medium_max MEDIUM, up to high_max HIGH, above CRITICAL
    low_max           smallint    not null,
    medium_max        smallint    not null,
    high_max          smallint    not null,
    check (0 < low_max and low_max < medium_max and medium_max < high_max and high_max < 25)
);
insert into risk_policy values (1, 'MEDIUM', 365, 180, 90, 30, 4, 9, 16);

-- A product's stricter guardrails; a null column means "as the organization". Looser values are refused by the
-- use case, which knows the organization's policy at the time.
create table product_guardrails (
    product_id        uuid primary key references product (id) on delete cascade,
    autonomy_limit    varchar(10) check (autonomy_limit in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    max_days_low      integer check (max_days_low >= 1),
    max_days_medium   integer check (max_days_medium >= 1),
    max_days_high     integer check (max_days_high >= 1),
    max_days_critical integer check (max_days_critical >= 1)
);

create table risk_acceptance (
    id                    uuid primary key,
    risk_id               uuid         not null references risk (id),
    product_id            uuid         not null references product (id),
    requester_id          uuid references person (id),
    requested_by          varchar(60)  not null,
    requested_at          timestamptz  not null,
    justification         text         not null,
    compensating_controls text,
    expires_on            date         not null,
    status                varchar(12)  not null check (status in ('PENDING', 'ACTIVE', 'REJECTED', 'WITHDRAWN',
        'EXPIRED', 'REVOKED', 'SUPERSEDED')),
    autonomous            boolean      not null,
    -- the guardrail rules that fired, one per line: RULE|arg|arg
    reasons               text         not null default '',
    approvals_needed      smallint     not null check (approvals_needed between 0 and 2),
    marked_for_review     boolean      not null default false,
    reminder_sent_at      timestamptz,
    supersedes_id         uuid references risk_acceptance (id),
    version               bigint       not null default 0
);
-- At most one pending and one active acceptance per risk, whatever two requests racing do.
create unique index ux_risk_acceptance_pending on risk_acceptance (risk_id) where status = 'PENDING';
create unique index ux_risk_acceptance_active on risk_acceptance (risk_id) where status = 'ACTIVE';
-- The expiry job, the reminders and the register's "acceptance expiring within N days" filter.
create index ix_risk_acceptance_active_expiry on risk_acceptance (expires_on) where status = 'ACTIVE';
-- The approvals inbox.
create index ix_risk_acceptance_pending_requested on risk_acceptance (requested_at) where status = 'PENDING';
create index ix_risk_acceptance_risk on risk_acceptance (risk_id, requested_at desc);

create table risk_acceptance_approval (
    acceptance_id uuid        not null references risk_acceptance (id),
    approver      varchar(60) not null,
    approved_at   timestamptz not null,
    comment       text        not null,
    primary key (acceptance_id, approver)
);

-- Every step of an acceptance with the risk frozen as it was decided. Append-only, like the history.
create table risk_acceptance_transition (
    acceptance_id          uuid         not null references risk_acceptance (id),
    position               integer      not null,
    from_status            varchar(12),
    to_status              varchar(12)  not null,
    action                 varchar(30)  not null,
    actor                  varchar(60)  not null,
    occurred_at            timestamptz  not null,
    comment                text,
    risk_title             varchar(300) not null,
    risk_likelihood        smallint     not null,
    risk_impact            smallint     not null,
    risk_score             smallint     not null,
    risk_level             varchar(10)  not null,
    affects_other_products boolean      not null,
    involves_customer_data boolean      not null,
    violates_requirement   boolean      not null,
    risk_status            varchar(15)  not null,
    primary key (acceptance_id, position)
);
create function refuse_transition_change() returns trigger language plpgsql as $$
begin
    raise exception 'risk acceptance transitions are append-only';
end;
$$;
create trigger risk_acceptance_transition_append_only before update or delete on risk_acceptance_transition
    for each row execute function refuse_transition_change();

-- The in-app inbox of each user.
create table notification (
    id           bigserial primary key,
    recipient_id uuid          not null references user_account (id) on delete cascade,
    text         varchar(1000) not null,
    link         varchar(500),
    created_at   timestamptz   not null,
    read_at      timestamptz
);
create index ix_notification_recipient on notification (recipient_id, created_at desc);
create index ix_notification_unread on notification (recipient_id) where read_at is null;

-- Register filters. Already in V30: product (product_id, status), level (level, status), overdue (status,
-- treatment_due), default order (identified_at). Team and owner filter through product (owning_team_id) and
-- product (risk_owner_id) from V3. Added here: sorting by score within a status, and title search.
create index ix_risk_score on risk (score desc, identified_at desc);
create index ix_risk_title on risk (lower(title) varchar_pattern_ops);
