-- The gate's answer to a pipeline reads tokens, the product with its owners and matrices, both
-- policies, check runs and findings, risks and acceptances. They are kept in memory and read
-- again once a transaction that changed one of these tables has committed (area 'gate', see
-- V52 and docs/decisions/0006): a steady pipeline's evaluation reads one data_change row instead.
-- Evaluations themselves (gate_evaluation, gate_state) are not part of the area.
do $$
declare
    t text;
begin
    foreach t in array array['api_token', 'product', 'person', 'use_case', 'use_case_product_kind',
                              'use_case_product', 'matrix_version', 'gate_policy', 'gate_required_check',
                              'product_gate_policy', 'product_gate_required_check', 'check_run',
                              'check_finding', 'risk', 'risk_acceptance']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I'
                       ' for each statement execute function record_data_change(%L)',
                       t || '_changes_gate', t, 'gate');
    end loop;
end;
$$;
