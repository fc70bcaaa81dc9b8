-- User accounts and their roles.
create table user_account (
    id            uuid primary key,
    username      varchar(60)  not null,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    active        boolean      not null,
    failed_logins integer      not null default 0,
    locked_until  timestamptz,
    created_at    timestamptz  not null,
    version       bigint       not null default 0
);
create unique index ux_user_account_username on user_account (username);

create table user_account_role (
    account_id uuid        not null references user_account (id) on delete cascade,
    role       varchar(30) not null
        check (role in ('ADMIN', 'SECURITY_MANAGER', 'PRODUCT_OWNER', 'TEAM_MEMBER', 'AUDITOR')),
    primary key (account_id, role)
);

-- The history: append-only. The triggers below refuse any update, delete or truncate, whoever asks.
create table audit_event (
    id          bigserial primary key,
    occurred_at timestamptz  not null,
    actor       varchar(100) not null,
    action      varchar(60)  not null,
    entity_type varchar(60),
    entity_id   varchar(100),
    summary     varchar(1000),
    comment     text
);
create index ix_audit_event_occurred on audit_event (occurred_at desc, id desc);
create index ix_audit_event_actor on audit_event (actor, occurred_at desc);
create index ix_audit_event_entity on audit_event (entity_type, entity_id, occurred_at desc);

create table audit_change (
    event_id  bigint       not null references audit_event (id),
    position  integer      not null,
    field     varchar(100) not null,
    old_value text,
    new_value text,
    primary key (event_id, position)
);

create function refuse_history_change() returns trigger language plpgsql as $$
begin
    raise exception 'The history is append-only: % on % is not allowed', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function refuse_history_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function refuse_history_change();
create trigger audit_change_append_only before update or delete on audit_change
    for each row execute function refuse_history_change();
create trigger audit_change_no_truncate before truncate on audit_change
    for each statement execute function refuse_history_change();
