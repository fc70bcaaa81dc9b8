-- The risk register. The level is stored with the score because the bands that turn a score into a
-- level are the organization's policy and may change; reassessment recomputes both.
create table risk (
    id                     uuid primary key,
    product_id             uuid         not null references product (id),
    title                  varchar(300) not null,
    description            text,
    source                 varchar(20)  not null check (source in ('VULNERABILITY', 'THREAT_MODEL', 'PEN_TEST',
        'AUDIT', 'THIRD_PARTY', 'INCIDENT', 'OTHER')),
    reference              varchar(300),
    likelihood             smallint     not null check (likelihood between 1 and 5),
    impact                 smallint     not null check (impact between 1 and 5),
    score                  smallint     not null check (score between 1 and 25),
    level                  varchar(10)  not null check (level in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    affects_other_products boolean      not null default false,
    involves_customer_data boolean      not null default false,
    violates_requirement   boolean      not null default false,
    violated_requirement   varchar(300),
    recommendation         varchar(10) check (recommendation in ('MITIGATE', 'ACCEPT', 'TRANSFER', 'AVOID')),
    recommendation_note    text,
    decision               varchar(10) check (decision in ('MITIGATE', 'ACCEPT', 'TRANSFER', 'AVOID')),
    decision_note          text,
    status                 varchar(15)  not null check (status in ('OPEN', 'IN_TREATMENT', 'ACCEPTED',
        'TRANSFERRED', 'AVOIDED', 'CLOSED')),
    treatment_plan         text,
    treatment_due          date,
    identified_at          timestamptz  not null,
    closed_at              timestamptz,
    version                bigint       not null default 0
);
create index ix_risk_product_status on risk (product_id, status);
create index ix_risk_level_status on risk (level, status);
create index ix_risk_status_due on risk (status, treatment_due);
create index ix_risk_identified on risk (identified_at desc);

-- Which other products a risk affects (one of the guardrail flags).
create table risk_affected_product (
    risk_id    uuid not null references risk (id) on delete cascade,
    product_id uuid not null references product (id),
    primary key (risk_id, product_id)
);

-- The assets a risk concerns: the product's own or those it inherits through "runs on".
create table risk_asset (
    risk_id  uuid not null references risk (id) on delete cascade,
    asset_id uuid not null references asset (id),
    primary key (risk_id, asset_id)
);
create index ix_risk_asset_asset on risk_asset (asset_id);
