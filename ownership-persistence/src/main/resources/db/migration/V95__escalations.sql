-- Escalation paths per use case (ordered steps: who is next and after how long), which use case's path applies
-- to each trigger, and the escalations the job raised: one per waiting item, one notice per step (never two).
create table escalation_path (
    use_case_id uuid   primary key references use_case (id) on delete cascade,
    version     bigint not null default 0
);

create table escalation_path_step (
    use_case_id uuid        not null references escalation_path (use_case_id) on delete cascade,
    position    smallint    not null check (position >= 0),
    party_role  varchar(30) check (party_role in ('DEVELOPMENT_TEAM', 'PLATFORM_TEAM', 'PRODUCT_SECURITY_TEAM',
        'OPERATIONS', 'RISK_OWNER', 'PRODUCT_OWNER', 'SECURITY_CHAMPION')),
    person_id   uuid references person (id),
    amount      integer     not null check (amount between 1 and 1000),
    unit        varchar(15) not null check (unit in ('HOURS', 'WORKING_DAYS')),
    primary key (use_case_id, position),
    check ((party_role is null) <> (person_id is null))
);

create table escalation_path_trigger (
    trigger     varchar(40) primary key,
    use_case_id uuid        not null references escalation_path (use_case_id) on delete cascade
);

create table escalation (
    id         uuid primary key,
    trigger    varchar(40)  not null,
    item       varchar(100) not null,
    started_at timestamptz  not null,
    product_id uuid references product (id) on delete cascade,
    team_id    uuid references team (id) on delete cascade,
    title      varchar(500) not null,
    link       varchar(500) not null,
    opened_at  timestamptz  not null,
    closed_at  timestamptz
);
create unique index ux_escalation_open on escalation (trigger, item) where closed_at is null;
create index ix_escalation_product on escalation (product_id) where closed_at is null;
create index ix_escalation_team on escalation (team_id) where closed_at is null;

create table escalation_notice (
    escalation_id uuid         not null references escalation (id) on delete cascade,
    step          smallint     not null,
    party         varchar(500) not null,
    due_at        timestamptz  not null,
    notified_at   timestamptz  not null,
    primary key (escalation_id, step)
);

create table escalation_recipient (
    escalation_id uuid        not null,
    step          smallint    not null,
    username      varchar(60) not null,
    primary key (escalation_id, step, username),
    foreign key (escalation_id, step) references escalation_notice (escalation_id, step) on delete cascade
);
create index ix_escalation_recipient_user on escalation_recipient (username);
