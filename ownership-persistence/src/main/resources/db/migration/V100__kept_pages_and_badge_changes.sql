-- Pages kept in memory (web.support.KeptPages) and the unread-notification badge are kept with
-- the versions of the areas they read (docs/decisions/0006): 'notification' for the badge,
-- 'content' for every other table a page may read. Only the tables no page shows stay out:
-- the sessions, Flyway's history and data_change itself. A table created later needs its
-- trigger too (DataVersionsTests checks that every table has one).
create index ix_data_change_xid on data_change (xid);

create trigger notification_changes_notification after insert or update or delete or truncate on notification
    for each statement execute function record_data_change('notification');

do $$
declare
    t text;
begin
    for t in select table_name from information_schema.tables
             where table_schema = current_schema() and table_type = 'BASE TABLE'
               and table_name not in ('data_change', 'notification', 'spring_session', 'spring_session_attributes',
                                      'flyway_schema_history')
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I'
                       ' for each statement execute function record_data_change(%L)',
                       t || '_changes_content', t, 'content');
    end loop;
end;
$$;
