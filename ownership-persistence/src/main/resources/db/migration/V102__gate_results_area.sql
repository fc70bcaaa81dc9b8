-- What pipelines write on every build (the gate's evaluations and state, the check runs and
-- their findings) gets an area of its own, 'gate-result' (docs/decisions/0006): with it in
-- 'content', every build made every kept page render again, although only the product page
-- and the team page (its gate KPI) show it; those two name the area (@KeptPage(areas)).
-- A token's last use (written at most once a minute per token) no longer moves 'content': no
-- kept page shows it; the 'gate' area still follows it for the gate's kept token.
do $$
declare
    t text;
begin
    foreach t in array array['gate_evaluation', 'gate_state', 'check_run', 'check_finding']
    loop
        execute format('drop trigger if exists %I on %I', t || '_changes_content', t);
        execute format('create trigger %I after insert or update or delete or truncate on %I'
                       ' for each statement execute function record_data_change(%L)',
                       t || '_changes_gate_result', t, 'gate-result');
    end loop;
end;
$$;

drop trigger if exists api_token_changes_content on api_token;
create trigger api_token_changes_content
    after insert or delete or truncate
       or update of name, prefix, secret_hash, scope_kind, product_id, team_id, permissions, expires_on, revoked_at, revoked_by
    on api_token
    for each statement execute function record_data_change('content');
