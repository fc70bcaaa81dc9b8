-- Team security maturity self-assessment (OWASP SAMM 2 structure): model versions with one row per
-- activity, assessments per team and quarter with their answers, targets per practice.
create table maturity_model (
    version    integer primary key,
    name       varchar(200) not null,
    loaded_by  varchar(100) not null,
    loaded_at  timestamptz  not null
);

create table maturity_activity (
    model_version  integer      not null references maturity_model (version),
    function_order integer      not null,
    function_name  varchar(200) not null,
    practice_order integer      not null,
    practice_code  varchar(10)  not null,
    practice_name  varchar(200) not null,
    stream_letter  varchar(1)   not null,
    stream_name    varchar(200) not null,
    level          integer      not null check (level between 1 and 3),
    title          varchar(500) not null,
    question       varchar(2000) not null,
    primary key (model_version, practice_code, level, stream_letter)
);

create table maturity_assessment (
    id             uuid primary key,
    team_id        uuid        not null references team (id) on delete cascade,
    period_year    integer     not null,
    period_quarter integer     not null check (period_quarter between 1 and 4),
    model_version  integer     not null references maturity_model (version),
    status         varchar(10) not null check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED')),
    review_comment varchar(2000),
    submitted_by   varchar(100),
    submitted_at   timestamptz,
    reviewed_by    varchar(100),
    reviewed_at    timestamptz,
    version        bigint      not null default 0,
    unique (team_id, period_year, period_quarter)
);
create index ix_maturity_assessment_status on maturity_assessment (status, team_id, period_year desc, period_quarter desc);

create table maturity_answer (
    assessment_id uuid        not null references maturity_assessment (id) on delete cascade,
    activity_key  varchar(20) not null,
    answer        varchar(5) check (answer in ('NO', 'SOME', 'HALF', 'MOST')),
    note          varchar(1000),
    evidence      varchar(500),
    version       bigint      not null,
    primary key (assessment_id, activity_key)
);

-- Targets: team_id null is the organization's default.
create table maturity_target (
    team_id       uuid references team (id) on delete cascade,
    practice_code varchar(10)  not null,
    target        numeric(3, 2) not null check (target between 0 and 3)
);
create unique index ux_maturity_target on maturity_target (coalesce(team_id, '00000000-0000-0000-0000-000000000000'::uuid), practice_code);
