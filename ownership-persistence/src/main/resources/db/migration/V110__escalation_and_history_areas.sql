-- What jobs write in bulk gets areas of its own (docs/decisions/0006), as the gate's results did
-- in V102: with these tables in 'content', the escalation job's first run over a large
-- organization (one transaction per item, for more than ten minutes) made every kept page render
-- again after each of its writes, although few pages show what it writes.
-- 'escalation': the escalations, their notices and recipients (shown by the home page, the
--   product page and the team page, which name the area: @KeptPage(areas)).
-- 'history': the audit entries and their changes, written by every use case and by the jobs for
--   each item they escalate or close (shown by the product page among the kept pages; the other
--   pages with a history are not kept). A use case's write moves 'content' as well through the
--   tables it changes, so nothing shown elsewhere is missed.
do $$
declare
    t text;
    area text;
begin
    foreach t in array array['escalation', 'escalation_notice', 'escalation_recipient', 'audit_event', 'audit_change']
    loop
        area := case when t like 'escalation%' then 'escalation' else 'history' end;
        execute format('drop trigger if exists %I on %I', t || '_changes_content', t);
        execute format('create trigger %I after insert or update or delete or truncate on %I'
                       ' for each statement execute function record_data_change(%L)',
                       t || '_changes_' || area, t, area);
    end loop;
end;
$$;
