-- Issue 9, outbound webhooks: the endpoints customers register per workspace, and one delivery per event and
-- endpoint with its attempts. Both carry organization_id, so row-level security covers them (afterMigrate.sql).
-- The secret is kept as issued: signing needs it, unlike an API key's, which is only ever compared.
create table webhook_endpoints (
    id              uuid primary key,
    organization_id uuid not null,
    workspace_id    uuid not null,
    url             varchar(2000) not null,
    event_types     varchar(500) not null,
    secret          varchar(200) not null,
    enabled         boolean not null,
    created_at      timestamp with time zone not null
);
create index webhook_endpoints_org_idx on webhook_endpoints (organization_id, created_at);

-- The payload is the exact body every attempt sends and signs; webhook-id is derived from the delivery id.
create table webhook_deliveries (
    id               uuid primary key,
    organization_id  uuid not null,
    endpoint_id      uuid not null references webhook_endpoints (id) on delete cascade,
    event_id         uuid not null,
    event_type       varchar(64) not null,
    payload          text not null,
    status           varchar(16) not null,
    attempts         integer not null,
    last_error       text,
    last_status_code integer,
    next_attempt_at  timestamp with time zone,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);
create index webhook_deliveries_endpoint_idx on webhook_deliveries (organization_id, endpoint_id, created_at desc);
