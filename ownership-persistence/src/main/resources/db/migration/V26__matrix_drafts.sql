-- The draft matrix of each use case. Every change counts up the revision; a change made on an older
-- revision is refused. Rows and columns keep their ids across versions so that versions can be compared.
create table matrix_draft (
    use_case_id             uuid    primary key references use_case (id) on delete cascade,
    revision                bigint  not null default 0,
    latest_version          integer not null default 0,
    changed_since_published boolean not null default true
);

create table matrix_activity (
    id          uuid primary key,
    use_case_id uuid         not null references matrix_draft (use_case_id) on delete cascade,
    position    integer      not null,
    name        varchar(200) not null,
    description varchar(2000)
);
create index ix_matrix_activity_use_case on matrix_activity (use_case_id, position);

-- A party is a role resolving per product or a fixed team, never both; each at most once per matrix.
create table matrix_party (
    id          uuid primary key,
    use_case_id uuid        not null references matrix_draft (use_case_id) on delete cascade,
    position    integer     not null,
    role        varchar(30) check (role in ('DEVELOPMENT_TEAM', 'PLATFORM_TEAM', 'PRODUCT_SECURITY_TEAM',
        'OPERATIONS', 'RISK_OWNER', 'PRODUCT_OWNER', 'SECURITY_CHAMPION')),
    team_id     uuid references team (id),
    label       varchar(120),
    check ((role is null) <> (team_id is null))
);
create unique index ux_matrix_party_role on matrix_party (use_case_id, role) where role is not null;
create unique index ux_matrix_party_team on matrix_party (use_case_id, team_id) where team_id is not null;
create index ix_matrix_party_use_case on matrix_party (use_case_id, position);

-- One letter per cell: a party holds at most one letter per activity.
create table matrix_cell (
    activity_id uuid       not null references matrix_activity (id) on delete cascade,
    party_id    uuid       not null references matrix_party (id) on delete cascade,
    use_case_id uuid       not null references matrix_draft (use_case_id) on delete cascade,
    letter      varchar(1) not null check (letter in ('R', 'A', 'C', 'I')),
    primary key (activity_id, party_id)
);
create index ix_matrix_cell_use_case on matrix_cell (use_case_id);
