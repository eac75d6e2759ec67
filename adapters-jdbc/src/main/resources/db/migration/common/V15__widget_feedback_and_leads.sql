-- Issue 7, the widget: visitors' thumbs up or down on answers (one per message, the latest wins) and the contact
-- details they leave for the bot's owner. Both carry organization_id, so row-level security covers them.
create table answer_feedback (
    message_id      uuid primary key,
    organization_id uuid not null,
    bot_id          uuid not null,
    conversation_id uuid not null,
    rating          varchar(8) not null,
    rated_at        timestamp with time zone not null
);
create index answer_feedback_bot_idx on answer_feedback (organization_id, bot_id, rated_at desc);

create table leads (
    id              uuid primary key,
    organization_id uuid not null,
    bot_id          uuid not null,
    conversation_id uuid,
    name            varchar(200) not null,
    email           varchar(254) not null,
    created_at      timestamp with time zone not null
);
create index leads_bot_idx on leads (organization_id, bot_id, created_at desc);
