-- Follow-up actions of teams: what, owner, due date, status, and where they came from (a maturity gap
-- today; post-mortems and retrospectives later).
create table follow_up_action (
    id           uuid primary key,
    team_id      uuid         not null references team (id) on delete cascade,
    title        varchar(300) not null,
    owner_id     uuid         not null references person (id),
    due_on       date         not null,
    status       varchar(10)  not null check (status in ('OPEN', 'DONE')),
    done_on      date,
    source_kind  varchar(30)  not null check (source_kind in ('MATURITY_GAP')),
    source_ref   varchar(100) not null,
    source_label varchar(300) not null,
    created_by   varchar(100) not null,
    version      bigint       not null default 0
);
create index ix_follow_up_action_team on follow_up_action (team_id, status, due_on);
create index ix_follow_up_action_owner on follow_up_action (owner_id, status, due_on);
create index ix_follow_up_action_due on follow_up_action (due_on) where status = 'OPEN';
