-- Improvement: follow-up actions may be cancelled and come from reviews (and from post-mortems, whose
-- kind the incidents feature adds to the code: listed here too so that either migration order keeps both);
-- a team's security reviews and retrospectives with their participants; suggestions for the security
-- program, and the contribution an accepted suggestion of a champion earns.
alter table follow_up_action drop constraint follow_up_action_status_check;
alter table follow_up_action add constraint follow_up_action_status_check
    check (status in ('OPEN', 'DONE', 'CANCELLED'));
alter table follow_up_action drop constraint follow_up_action_source_kind_check;
alter table follow_up_action add constraint follow_up_action_source_kind_check
    check (source_kind in ('MATURITY_GAP', 'POST_MORTEM', 'REVIEW'));
create index if not exists ix_follow_up_action_source on follow_up_action (source_kind, source_ref);

create table team_review (
    id         uuid primary key,
    team_id    uuid          not null references team (id) on delete cascade,
    kind       varchar(20)   not null check (kind in ('SECURITY_REVIEW', 'RETROSPECTIVE')),
    held_on    date          not null,
    notes      varchar(4000),
    created_by varchar(100)  not null,
    version    bigint        not null default 0
);
create index ix_team_review_team on team_review (team_id, held_on desc);

create table team_review_participant (
    review_id uuid not null references team_review (id) on delete cascade,
    person_id uuid not null references person (id),
    primary key (review_id, person_id)
);

create table suggestion (
    id           uuid primary key,
    submitted_by varchar(100)  not null,
    topic        varchar(20)   not null check (topic in ('USE_CASE', 'TRAINING', 'TOOLS', 'GUARDRAILS', 'OTHER')),
    title        varchar(200)  not null,
    body         varchar(4000) not null,
    status       varchar(10)   not null check (status in ('SUBMITTED', 'ACCEPTED', 'DECLINED', 'DONE')),
    reason       varchar(1000),
    decided_by   varchar(100),
    submitted_at timestamptz   not null,
    decided_at   timestamptz,
    version      bigint        not null default 0
);
create index ix_suggestion_status on suggestion (status, topic, submitted_at desc);
create index ix_suggestion_submitter on suggestion (submitted_by, submitted_at desc);

alter table champion_contribution drop constraint champion_contribution_kind_check;
alter table champion_contribution add constraint champion_contribution_kind_check
    check (kind in ('THREAT_MODEL_FACILITATED', 'SECURITY_REVIEW', 'TRAINING_GIVEN', 'INCIDENT_HELP',
                    'COMMUNITY_TALK', 'OTHER', 'SUGGESTION_ACCEPTED'));
insert into contribution_points (kind, points) values ('SUGGESTION_ACCEPTED', 5);
