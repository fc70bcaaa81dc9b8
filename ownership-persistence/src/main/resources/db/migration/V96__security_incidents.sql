-- Security incidents of products, their blameless post-mortems (one per incident) and what comes out of them:
-- risks registered from a post-mortem, and follow-up actions of source POST_MORTEM.
create table security_incident (
    id           uuid primary key,
    product_id   uuid         not null references product (id),
    title        varchar(300) not null,
    description  varchar(4000),
    severity     varchar(10)  not null check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    status       varchar(10)  not null check (status in ('OPEN', 'CONTAINED', 'RESOLVED', 'CLOSED')),
    detected_at  timestamptz  not null,
    contained_at timestamptz,
    resolved_at  timestamptz,
    reported_by  varchar(100) not null,
    version      bigint       not null default 0,
    check (contained_at is null or contained_at >= detected_at),
    check (resolved_at is null or (contained_at is not null and resolved_at >= contained_at)),
    check ((status = 'OPEN') = (contained_at is null)),
    check ((status in ('RESOLVED', 'CLOSED')) = (resolved_at is not null))
);
create index ix_security_incident_product on security_incident (product_id, detected_at desc);
create index ix_security_incident_detected on security_incident (detected_at desc, id);

create table security_incident_asset (
    incident_id uuid not null references security_incident (id) on delete cascade,
    asset_id    uuid not null references asset (id) on delete cascade,
    primary key (incident_id, asset_id)
);

create table security_incident_risk (
    incident_id uuid not null references security_incident (id) on delete cascade,
    risk_id     uuid not null references risk (id) on delete cascade,
    primary key (incident_id, risk_id)
);
create index ix_security_incident_risk_risk on security_incident_risk (risk_id);

-- The activity that failed or was unclear is kept by its matrix (use case) and activity id, and by the
-- activity's name when it was chosen: matrices change, the post-mortem says what it named.
create table post_mortem (
    incident_id          uuid primary key references security_incident (id) on delete cascade,
    timeline             varchar(8000) not null,
    contributing_factors varchar(8000) not null,
    went_well            varchar(8000),
    use_case_id          uuid references use_case (id) on delete set null,
    activity_id          uuid,
    activity_name        varchar(300),
    written_by           varchar(100)  not null,
    version              bigint        not null default 0,
    check ((activity_id is null) = (activity_name is null))
);

create table post_mortem_risk (
    incident_id uuid not null references post_mortem (incident_id) on delete cascade,
    risk_id     uuid not null unique references risk (id) on delete cascade,
    primary key (incident_id, risk_id)
);

alter table follow_up_action drop constraint if exists follow_up_action_source_kind_check;
alter table follow_up_action add constraint follow_up_action_source_kind_check
    check (source_kind in ('MATURITY_GAP', 'POST_MORTEM'));
create index ix_follow_up_action_source on follow_up_action (source_kind, source_ref);
