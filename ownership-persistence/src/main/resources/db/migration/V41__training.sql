-- The training program: courses, learning paths per role, completions, and the day a person was first
-- seen in a role (the start of their due dates).
create table course (
    id              uuid primary key,
    title           varchar(200) not null,
    provider        varchar(200) not null,
    format          varchar(20)  not null check (format in ('E_LEARNING', 'CLASSROOM', 'WORKSHOP', 'VIDEO', 'OTHER')),
    hours           integer      not null check (hours between 1 and 200),
    validity_months integer check (validity_months between 1 and 120)
);
create unique index ux_course_title on course (lower(title));

create table learning_path (
    role     varchar(20) primary key check (role in ('DEVELOPER', 'CHAMPION', 'RISK_OWNER', 'PLATFORM_ENGINEER')),
    due_days integer     not null check (due_days between 1 and 730)
);

create table learning_path_course (
    role      varchar(20) not null references learning_path (role) on delete cascade,
    course_id uuid        not null references course (id),
    position  integer     not null,
    primary key (role, course_id)
);

create table course_completion (
    person_id    uuid    not null references person (id),
    course_id    uuid    not null references course (id),
    completed_on date    not null,
    score        integer check (score between 0 and 100),
    primary key (person_id, course_id, completed_on)
);
create index ix_course_completion_course on course_completion (course_id);

create table training_assignment (
    person_id   uuid        not null references person (id),
    role        varchar(20) not null check (role in ('DEVELOPER', 'CHAMPION', 'RISK_OWNER', 'PLATFORM_ENGINEER')),
    assigned_on date        not null,
    primary key (person_id, role)
);
