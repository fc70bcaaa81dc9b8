-- Published versions: immutable copies of the draft's rows, columns and cells. The triggers refuse any
-- update or delete, whoever asks. Fixed teams are kept by id (no foreign key, so that the copy never
-- changes) and named from the team table when read.
create table matrix_version (
    use_case_id  uuid         not null references use_case (id),
    number       integer      not null check (number >= 1),
    published_at timestamptz  not null,
    published_by varchar(100) not null,
    primary key (use_case_id, number)
);

create table matrix_version_activity (
    use_case_id uuid          not null,
    number      integer       not null,
    id          uuid          not null,
    position    integer       not null,
    name        varchar(200)  not null,
    description varchar(2000),
    primary key (use_case_id, number, id),
    foreign key (use_case_id, number) references matrix_version (use_case_id, number)
);

create table matrix_version_party (
    use_case_id uuid        not null,
    number      integer     not null,
    id          uuid        not null,
    position    integer     not null,
    role        varchar(30),
    team_id     uuid,
    label       varchar(120),
    primary key (use_case_id, number, id),
    foreign key (use_case_id, number) references matrix_version (use_case_id, number),
    check ((role is null) <> (team_id is null))
);

create table matrix_version_cell (
    use_case_id uuid       not null,
    number      integer    not null,
    activity_id uuid       not null,
    party_id    uuid       not null,
    letter      varchar(1) not null check (letter in ('R', 'A', 'C', 'I')),
    primary key (use_case_id, number, activity_id, party_id),
    foreign key (use_case_id, number) references matrix_version (use_case_id, number)
);

create trigger matrix_version_immutable before update or delete on matrix_version
    for each row execute function refuse_history_change();
create trigger matrix_version_activity_immutable before update or delete on matrix_version_activity
    for each row execute function refuse_history_change();
create trigger matrix_version_party_immutable before update or delete on matrix_version_party
    for each row execute function refuse_history_change();
create trigger matrix_version_cell_immutable before update or delete on matrix_version_cell
    for each row execute function refuse_history_change();
