-- Issue 9, payments: every webhook event received (unique per provider and event id, so a redelivery is a no-op)
-- and the latest known state of each subscription (last_event_at orders events that arrive out of order).
-- Webhooks arrive with no tenant: both tables are written under the system scope. payment_events has no
-- organization_id; subscriptions has one, so row-level security shows each tenant only its own subscriptions.
create table payment_events (
    provider     varchar(16) not null,
    event_id     varchar(255) not null,
    event_type   varchar(100) not null,
    occurred_at  timestamp with time zone not null,
    received_at  timestamp with time zone not null,
    primary key (provider, event_id)
);

create table subscriptions (
    provider             varchar(16) not null,
    subscription_id      varchar(255) not null,
    organization_id      uuid,
    status               varchar(16) not null,
    plan                 varchar(64),
    current_period_start timestamp with time zone,
    current_period_end   timestamp with time zone,
    last_event_at        timestamp with time zone not null,
    primary key (provider, subscription_id)
);
create index subscriptions_organization_idx on subscriptions (organization_id);
