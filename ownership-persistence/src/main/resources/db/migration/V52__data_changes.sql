-- Which transactions changed which area of data. Figures computed over a whole area (the
-- organization's training completion, the leaderboard, the catalog's gap counts) are kept in
-- memory with the snapshot they were computed in, and computed again once a transaction that
-- changed the area has committed outside that snapshot: a change is seen at once, by every
-- instance of the application, whoever made it. Writers only insert here, so they never wait
-- for one another (see docs/decisions/0006).
create table data_change (
    area       varchar(40) not null,
    xid        xid8        not null default pg_current_xact_id(),
    changed_at timestamptz not null default now()
);

create index ix_data_change_area_xid on data_change (area, xid);
create index ix_data_change_changed_at on data_change (changed_at);

-- One row per area and transaction; rows older than a day go (kept figures are computed again
-- at least every hour), skipping rows another transaction is deleting rather than waiting.
create function record_data_change() returns trigger language plpgsql as $$
begin
    insert into data_change (area)
    select tg_argv[0]
    where not exists (select 1 from data_change where area = tg_argv[0] and xid = pg_current_xact_id());
    delete from data_change where ctid in (
        select ctid from data_change where changed_at < now() - interval '1 day' limit 100 for update skip locked);
    return null;
end;
$$;

do $$
declare
    t text;
begin
    -- Training completion: who holds which role (teams and their kinds, members, active people,
    -- champions, product and risk owners) and the courses, paths and completions.
    foreach t in array array['team', 'team_member', 'person', 'product', 'champion', 'course', 'learning_path',
                              'learning_path_course', 'course_completion']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I'
                       ' for each statement execute function record_data_change(%L)',
                       t || '_changes_training', t, 'training');
    end loop;
    -- The leaderboard: champions, their contributions and the points per kind, with the names
    -- of people and teams.
    foreach t in array array['champion', 'champion_contribution', 'contribution_points', 'person', 'team']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I'
                       ' for each statement execute function record_data_change(%L)',
                       t || '_changes_champions', t, 'champions');
    end loop;
    -- Gap counts: products without owners or with deactivated owners, assets without owner.
    foreach t in array array['product', 'person', 'asset']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I'
                       ' for each statement execute function record_data_change(%L)',
                       t || '_changes_catalog', t, 'catalog');
    end loop;
end;
$$;
