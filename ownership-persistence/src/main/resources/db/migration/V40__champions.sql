-- The security champions program: champions per team with their lifecycle dates, allocated time,
-- certifications and recognized contributions; points per kind of contribution; community meetings.
create table champion (
    id              uuid primary key,
    person_id       uuid        not null references person (id),
    team_id         uuid        not null references team (id),
    status          varchar(15) not null check (status in ('NOMINATED', 'ACTIVE', 'STEPPED_DOWN')),
    nominated_on    date        not null,
    activated_on    date,
    stepped_down_on date,
    time_amount     integer,
    time_unit       varchar(20) check (time_unit in ('HOURS_PER_SPRINT', 'PERCENT')),
    version         bigint      not null default 0,
    check ((time_amount is null) = (time_unit is null))
);
create index ix_champion_team on champion (team_id, status);
create unique index ux_champion_current on champion (person_id, team_id) where status <> 'STEPPED_DOWN';

create table champion_certification (
    champion_id uuid         not null references champion (id) on delete cascade,
    position    integer      not null,
    name        varchar(200) not null,
    issuer      varchar(200) not null,
    obtained_on date         not null,
    expires_on  date,
    primary key (champion_id, position)
);

create table champion_contribution (
    champion_id    uuid        not null references champion (id) on delete cascade,
    position       integer     not null,
    kind           varchar(30) not null check (kind in ('THREAT_MODEL_FACILITATED', 'SECURITY_REVIEW',
        'TRAINING_GIVEN', 'INCIDENT_HELP', 'COMMUNITY_TALK', 'OTHER')),
    contributed_on date        not null,
    description    varchar(500),
    primary key (champion_id, position)
);
create index ix_champion_contribution_date on champion_contribution (contributed_on);

create table contribution_points (
    kind   varchar(30) primary key,
    points integer     not null check (points between 0 and 100)
);
insert into contribution_points (kind, points) values
    ('THREAT_MODEL_FACILITATED', 10), ('SECURITY_REVIEW', 5), ('TRAINING_GIVEN', 8),
    ('INCIDENT_HELP', 8), ('COMMUNITY_TALK', 5), ('OTHER', 2);

create table community_meeting (
    id      uuid primary key,
    held_on date         not null,
    topic   varchar(300) not null
);
create index ix_community_meeting_held on community_meeting (held_on desc);

create table meeting_attendance (
    meeting_id  uuid not null references community_meeting (id) on delete cascade,
    champion_id uuid not null references champion (id),
    primary key (meeting_id, champion_id)
);
create index ix_meeting_attendance_champion on meeting_attendance (champion_id);
