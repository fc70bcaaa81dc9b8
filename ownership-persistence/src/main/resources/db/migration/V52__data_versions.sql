-- A version per area of data, raised by every statement that changes one of the area's tables.
-- Figures computed over a whole area (the organization's training completion) are kept in
-- memory with the version they were computed at and computed again once it has moved, so a
-- change is seen at once, by every instance of the application.
create table data_version (
    area    varchar(40) primary key,
    version bigint      not null default 0
);

insert into data_version (area) values ('training');

create function raise_data_version() returns trigger language plpgsql as $$
begin
    update data_version set version = version + 1 where area = tg_argv[0];
    return null;
end;
$$;

-- Training completion depends on who holds which role (teams and their kinds, members, active
-- people, champions, product and risk owners) and on the courses, paths and completions.
do $$
declare
    t text;
begin
    foreach t in array array['team', 'team_member', 'person', 'product', 'champion', 'course', 'learning_path',
                              'learning_path_course', 'course_completion']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I'
                       ' for each statement execute function raise_data_version(%L)',
                       t || '_raises_training_version', t, 'training');
    end loop;
end;
$$;
