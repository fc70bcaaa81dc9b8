-- The record of a gate evaluation (one insert into gate_evaluation and the upsert of gate_state, in one
-- statement) is the API's hot write: every pipeline's question makes one. Two things it paid for on every
-- evaluation are cheaper now, and a third write no longer undoes what is kept (measured in docs/performance.md, "Gate").

-- 1. record_data_change (V52, docs/decisions/0006) looked for day-old rows to delete on every statement of a
--    triggering table, three times per evaluation (the upsert fires its insert and its update triggers). It
--    now does so once per transaction and area, when it records the transaction: still at most 100 rows for
--    each row it adds, so the table does not grow.
create or replace function record_data_change() returns trigger language plpgsql as $$
begin
    insert into data_change (area)
    select tg_argv[0]
    where not exists (select 1 from data_change where area = tg_argv[0] and xid = pg_current_xact_id());
    if found then
        delete from data_change where ctid in (
            select ctid from data_change where changed_at < now() - interval '1 day' limit 100 for update skip locked);
    end if;
    return null;
end;
$$;

-- 2. A token's last use (written at most once a minute per token and instance) moved the area 'gate', so every
--    kept value was read again after it; under load the reads raced the writes and requests holding a token
--    read before a write wrote again, which moved the area again. The gate keeps no value that depends on the
--    last use (the instance that writes it remembers it), so the area follows every column but that one, as
--    'content' does since V102.
drop trigger api_token_changes_gate on api_token;
create trigger api_token_changes_gate
    after insert or delete or truncate
       or update of name, prefix, secret_hash, scope_kind, product_id, team_id, permissions, expires_on, revoked_at, revoked_by
    on api_token
    for each statement execute function record_data_change('gate');
