-- Security use cases (vulnerability management, incident management, ...) and which products their
-- published matrix applies to: every product of the chosen kinds, and the chosen products.
create table use_case (
    id          uuid primary key,
    name        varchar(200) not null,
    description varchar(4000),
    mandatory   boolean      not null default false,
    version     bigint       not null default 0
);
create unique index ux_use_case_name on use_case (lower(name));

create table use_case_product_kind (
    use_case_id uuid        not null references use_case (id) on delete cascade,
    kind        varchar(20) not null check (kind in ('BUSINESS_SERVICE', 'PLATFORM', 'SECURITY_SERVICE')),
    primary key (use_case_id, kind)
);

create table use_case_product (
    use_case_id uuid not null references use_case (id) on delete cascade,
    product_id  uuid not null references product (id),
    primary key (use_case_id, product_id)
);
create index ix_use_case_product_product on use_case_product (product_id);
