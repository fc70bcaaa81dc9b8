-- Products, what they run on, and the assets whose security they own or are responsible for.
create table product (
    id              uuid primary key,
    name            varchar(200) not null,
    kind            varchar(20)  not null check (kind in ('BUSINESS_SERVICE', 'PLATFORM', 'SECURITY_SERVICE')),
    description     varchar(4000),
    owning_team_id  uuid references team (id),
    product_owner_id uuid references person (id),
    risk_owner_id   uuid references person (id),
    archived        boolean      not null default false,
    version         bigint       not null default 0
);
create unique index ux_product_name on product (lower(name));
create index ix_product_team on product (owning_team_id);
create index ix_product_product_owner on product (product_owner_id);
create index ix_product_risk_owner on product (risk_owner_id);

create table product_runs_on (
    product_id  uuid not null references product (id) on delete cascade,
    platform_id uuid not null references product (id),
    primary key (product_id, platform_id),
    check (product_id <> platform_id)
);
create index ix_product_runs_on_platform on product_runs_on (platform_id);

create table asset (
    id                     uuid primary key,
    name                   varchar(200) not null,
    type                   varchar(30)  not null check (type in ('CODE_REPOSITORY', 'CONFIGURATION', 'DATA_STORE',
        'CLOUD_ENVIRONMENT', 'KUBERNETES_CLUSTER', 'CONTAINER_BASE_IMAGE', 'REPOSITORY_HOSTING', 'CICD_PIPELINE',
        'SECURITY_SERVICE', 'SECURITY_TOOL', 'REQUIREMENT_SET', 'THIRD_PARTY_COMPONENT')),
    reference              varchar(1000),
    classification         varchar(20) check (classification in ('PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'CUSTOMER_DATA')),
    owner_product_id       uuid references product (id),
    external_owner         varchar(200),
    responsible_product_id uuid references product (id),
    version                bigint       not null default 0,
    check (owner_product_id is null or external_owner is null)
);
create index ix_asset_owner on asset (owner_product_id);
create index ix_asset_responsible on asset (responsible_product_id);
create index ix_asset_name on asset (lower(name));
