-- The security gate for delivery pipelines: API tokens, the gate policy, check runs with
-- their findings, and every evaluation of the gate.

create table api_token (
    id           uuid primary key,
    name         varchar(120) not null,
    prefix       varchar(20)  not null,
    secret_hash  varchar(64)  not null,
    scope_kind   varchar(10)  not null check (scope_kind in ('PRODUCT', 'TEAM', 'ALL')),
    product_id   uuid references product (id) on delete cascade,
    team_id      uuid references team (id) on delete cascade,
    permissions  varchar(100) not null,
    created_by   varchar(60)  not null,
    created_at   timestamptz  not null,
    expires_on   date         not null,
    revoked_at   timestamptz,
    revoked_by   varchar(60),
    last_used_at timestamptz,
    check ((scope_kind = 'PRODUCT') = (product_id is not null)),
    check ((scope_kind = 'TEAM') = (team_id is not null))
);
create unique index ux_api_token_secret on api_token (secret_hash);
create index ix_api_token_product on api_token (product_id);
create index ix_api_token_created on api_token (created_by, created_at desc);

create table gate_policy (
    id                 smallint    primary key check (id = 1),
    level              varchar(10) not null check (level in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    pending_request    varchar(4)  not null check (pending_request in ('WARN', 'FAIL')),
    vacant_owner       varchar(4)  not null check (vacant_owner in ('WARN', 'FAIL')),
    missing_matrix     varchar(4)  not null check (missing_matrix in ('WARN', 'FAIL')),
    expired_acceptance varchar(4)  not null check (expired_acceptance in ('WARN', 'FAIL'))
);
insert into gate_policy values (1, 'HIGH', 'WARN', 'FAIL', 'FAIL', 'FAIL');

create table gate_required_check (
    product_kind varchar(20) not null check (product_kind in ('BUSINESS_SERVICE', 'PLATFORM', 'SECURITY_SERVICE')),
    check_kind   varchar(20) not null check (check_kind in ('SAST', 'SCA', 'CONTAINER_SCAN', 'SECRETS', 'IAC', 'DAST')),
    max_age_days integer     not null check (max_age_days between 1 and 365),
    primary key (product_kind, check_kind)
);
insert into gate_required_check values ('BUSINESS_SERVICE', 'SAST', 30), ('BUSINESS_SERVICE', 'SCA', 30),
    ('PLATFORM', 'CONTAINER_SCAN', 30);

create table product_gate_policy (
    product_id         uuid primary key references product (id) on delete cascade,
    level              varchar(10) check (level in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    mode               varchar(10) not null check (mode in ('ENFORCE', 'WARN_ONLY')),
    pending_request    varchar(4) check (pending_request in ('WARN', 'FAIL')),
    vacant_owner       varchar(4) check (vacant_owner in ('WARN', 'FAIL')),
    missing_matrix     varchar(4) check (missing_matrix in ('WARN', 'FAIL')),
    expired_acceptance varchar(4) check (expired_acceptance in ('WARN', 'FAIL'))
);

create table product_gate_required_check (
    product_id   uuid        not null references product (id) on delete cascade,
    check_kind   varchar(20) not null check (check_kind in ('SAST', 'SCA', 'CONTAINER_SCAN', 'SECRETS', 'IAC', 'DAST')),
    max_age_days integer     not null check (max_age_days between 1 and 365),
    primary key (product_id, check_kind)
);

create table check_run (
    id               uuid primary key,
    product_id       uuid         not null references product (id) on delete cascade,
    artifact_name    varchar(300) not null,
    artifact_version varchar(300),
    commit_sha       varchar(100),
    check_kind       varchar(20)  not null check (check_kind in ('SAST', 'SCA', 'CONTAINER_SCAN', 'SECRETS', 'IAC', 'DAST')),
    tool             varchar(120) not null,
    format           varchar(10)  not null check (format in ('SARIF', 'CYCLONEDX')),
    reported_at      timestamptz  not null,
    reported_by      varchar(200) not null,
    finding_count    integer      not null
);
create index ix_check_run_latest on check_run (product_id, artifact_name, check_kind, reported_at desc);

create table check_finding (
    run_id     uuid          not null references check_run (id) on delete cascade,
    position   integer       not null,
    finding_id varchar(300)  not null,
    title      varchar(1000) not null,
    level      varchar(10)   not null check (level in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    rank       smallint      not null,
    location   varchar(1000),
    primary key (run_id, position)
);
create index ix_check_finding_rank on check_finding (run_id, rank desc);

-- Reasons and warnings are kept one a line: code, tab, link, tab, sentence.
create table gate_evaluation (
    id               bigserial primary key,
    product_id       uuid         not null references product (id) on delete cascade,
    artifact         varchar(610) not null,
    environment      varchar(100),
    decision         varchar(4)   not null check (decision in ('PASS', 'FAIL')),
    mode             varchar(10)  not null check (mode in ('ENFORCE', 'WARN_ONLY')),
    reasons          text         not null,
    warnings         text         not null,
    evaluated_at     timestamptz  not null,
    token_name       varchar(120) not null
);
create index ix_gate_evaluation_product on gate_evaluation (product_id, evaluated_at desc, id desc);
create index ix_gate_evaluation_time on gate_evaluation (evaluated_at);

create table gate_state (
    product_id    uuid primary key references product (id) on delete cascade,
    evaluation_id bigint      not null references gate_evaluation (id),
    decision      varchar(4)  not null,
    evaluated_at  timestamptz not null
);
create index ix_gate_state_failing on gate_state (evaluated_at desc) where decision = 'FAIL';
