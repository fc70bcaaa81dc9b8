-- Marks a database loaded by the large-organization generator (benchmarks), with its seed.
create table generated_dataset (
    seed         bigint primary key,
    generated_at timestamptz not null,
    description  varchar(500)
);
