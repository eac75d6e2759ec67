-- Issue 4, the widget's public surface: each bot's identity secret, the verified visitor of a widget conversation,
-- and the token buckets of the rate limits. Runs on H2 (MODE=PostgreSQL) and PostgreSQL 15 alike.

-- The key a bot owner's backend signs visitors' user ids with (HMAC-SHA256). Existing bots get a random one: two
-- version-4 UUIDs from the database's strong random source, 64 hex characters. New bots get theirs from the server.
alter table bots add column identity_secret varchar(128);
update bots
   set identity_secret = replace(cast(gen_random_uuid() as varchar), '-', '')
                      || replace(cast(gen_random_uuid() as varchar), '-', '')
 where identity_secret is null;
alter table bots alter column identity_secret set not null;

-- The user id a widget visitor proved with a signed identity; null for anonymous visitors and members.
alter table conversations add column visitor_user_id varchar(255);

-- bucket4j's table for PostgreSQLSelectForUpdateBasedProxyManager, as its builder names it by default except for the
-- table name: a key, the serialised bucket state (written after the row is first inserted empty), and the epoch
-- millisecond after which an untouched bucket is full again and may be deleted. Only PostgreSQL uses it; the
-- embedded default keeps its buckets in memory (docs/operations.md). Keys are hashes, never addresses or user ids.
create table rate_limit_buckets (
    id         varchar(128) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_buckets_expires_idx on rate_limit_buckets (expires_at);
