-- Teams and the people in them.
create table team (
    id          uuid primary key,
    name        varchar(120) not null,
    kind        varchar(20)  not null
        check (kind in ('DEVELOPMENT', 'PLATFORM', 'SECURITY', 'OPERATIONS', 'OTHER')),
    description varchar(2000),
    version     bigint       not null default 0
);
create unique index ux_team_name on team (lower(name));

create table person (
    id         uuid primary key,
    name       varchar(200) not null,
    email      varchar(254) not null,
    active     boolean      not null default true,
    account_id uuid references user_account (id),
    version    bigint       not null default 0
);
create unique index ux_person_email on person (lower(email));
create unique index ux_person_account on person (account_id) where account_id is not null;
create index ix_person_name on person (lower(name));

create table team_member (
    team_id   uuid        not null references team (id) on delete cascade,
    person_id uuid        not null references person (id),
    role      varchar(100) not null,
    primary key (team_id, person_id)
);
create index ix_team_member_person on team_member (person_id);
