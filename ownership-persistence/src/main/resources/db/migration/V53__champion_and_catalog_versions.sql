-- Two more areas of data_version (see V52): the champions program's leaderboard, and the
-- catalog's gap counts shown above the product list.
insert into data_version (area) values ('champions'), ('catalog');

do $$
declare
    t text;
begin
    -- The leaderboard: champions, their contributions and the points per kind, with the
    -- names of people and teams.
    foreach t in array array['champion', 'champion_contribution', 'contribution_points', 'person', 'team']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I'
                       ' for each statement execute function raise_data_version(%L)',
                       t || '_raises_champions_version', t, 'champions');
    end loop;
    -- Gap counts: products without owners or with deactivated owners, assets without owner.
    foreach t in array array['product', 'person', 'asset']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I'
                       ' for each statement execute function raise_data_version(%L)',
                       t || '_raises_catalog_version', t, 'catalog');
    end loop;
end;
$$;
