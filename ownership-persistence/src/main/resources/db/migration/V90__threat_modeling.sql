-- Threat modeling in refinement: backlog items of a product with their triage and the product owner's
-- decision, the light threat model of an item with its participants and STRIDE threats, a threat to accept
-- linked to the risk it became, and the champions credited for a finished model (once each: primary key).
create table backlog_item (
    id                    uuid primary key,
    product_id            uuid          not null references product (id),
    ticket                varchar(300)  not null,
    title                 varchar(300)  not null,
    authentication        boolean       not null,
    customer_data         boolean       not null,
    external_interface    boolean       not null,
    third_party_component boolean       not null,
    cryptography          boolean       not null,
    platform              boolean       not null,
    triaged_on            date          not null,
    decision              varchar(12) check (decision in ('NEEDED', 'NOT_NEEDED')),
    decision_reason       varchar(1000),
    version               bigint        not null default 0,
    check ((decision is null) = (decision_reason is null))
);
create index ix_backlog_item_product on backlog_item (product_id, triaged_on desc, id);

create table threat_model (
    id          uuid primary key,
    item_id     uuid not null unique references backlog_item (id),
    started_on  date not null,
    finished_on date,
    version     bigint not null default 0
);

create table threat_model_participant (
    model_id  uuid not null references threat_model (id) on delete cascade,
    person_id uuid not null references person (id),
    primary key (model_id, person_id)
);

create table threat (
    id                  uuid primary key,
    model_id            uuid          not null references threat_model (id) on delete cascade,
    position            integer       not null,
    category            varchar(30)   not null check (category in ('SPOOFING', 'TAMPERING', 'REPUDIATION',
        'INFORMATION_DISCLOSURE', 'DENIAL_OF_SERVICE', 'ELEVATION_OF_PRIVILEGE')),
    what_could_go_wrong varchar(1000) not null,
    how_we_ensure       varchar(1000),
    mitigation_ticket   varchar(300),
    status              varchar(20)   not null check (status in ('MITIGATED_IN_DESIGN', 'MITIGATION_PLANNED',
        'TO_ACCEPT')),
    risk_id             uuid unique references risk (id),
    check (risk_id is null or status = 'TO_ACCEPT'),
    check (status <> 'MITIGATION_PLANNED' or (how_we_ensure is not null and mitigation_ticket is not null))
);
create index ix_threat_model on threat (model_id, position);

create table threat_model_credit (
    model_id    uuid not null references threat_model (id),
    champion_id uuid not null references champion (id),
    primary key (model_id, champion_id)
);
