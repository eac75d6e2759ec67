-- Issue 9, plans and metering. Monthly billing periods are anchored on the subscription: existing organizations
-- start from their creation; a plan change sets a new anchor. A null anchor (a row written by code that predates
-- this column) reads as created_at.
alter table organizations add column billing_anchor timestamp with time zone;
update organizations set billing_anchor = created_at;

-- Counters of monthly metrics (message credits) per billing period. bot_id is the bot that spent them, or the nil
-- UUID 00000000-0000-0000-0000-000000000000 for the organization's total, the row the limit is enforced on in one
-- conditional update (a primary key cannot hold a null).
create table usage_counters (
    organization_id uuid not null,
    period_start    timestamp with time zone not null,
    metric          varchar(16) not null,
    bot_id          uuid not null,
    used            bigint not null,
    primary key (organization_id, period_start, metric, bot_id)
);

-- Message credits bought on top of the plan's, for one billing period.
create table addon_credits (
    id              uuid primary key,
    organization_id uuid not null,
    period_start    timestamp with time zone not null,
    credits         bigint not null,
    added_at        timestamp with time zone not null
);
create index addon_credits_period_idx on addon_credits (organization_id, period_start);

-- The usage thresholds (80 and 100 percent) already reported, so each is reported once per metric and period.
create table usage_thresholds (
    organization_id uuid not null,
    period_start    timestamp with time zone not null,
    metric          varchar(16) not null,
    percent         integer not null,
    reached_at      timestamp with time zone not null,
    primary key (organization_id, period_start, metric, percent)
);
