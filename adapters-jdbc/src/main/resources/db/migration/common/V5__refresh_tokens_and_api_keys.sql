-- Refresh-token families and API keys. Neither the refresh token nor the key's secret is ever stored: only the
-- SHA-256 (hex) of each, unique so a lookup by hash finds at most one row. Both tables are tenant data.

-- One row per refresh token handed out. A family is one sign-in: rotation spends a token (spent_at) and adds the
-- next one; presenting a spent token again revokes every row of its family (revoked_at).
create table refresh_tokens (
    id              uuid primary key,
    organization_id uuid not null,
    family_id       uuid not null,
    user_id         uuid not null,
    token_hash      varchar(64) not null,
    issued_at       timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    spent_at        timestamp with time zone,
    revoked_at      timestamp with time zone,
    constraint refresh_tokens_hash_uk unique (token_hash)
);
create index refresh_tokens_family_idx on refresh_tokens (organization_id, family_id);

-- scopes is a comma-separated list of wire names (chat, sources:write, admin); prefix is the first characters of the
-- key, shown in lists so people can tell keys apart.
create table api_keys (
    id              uuid primary key,
    organization_id uuid not null,
    workspace_id    uuid not null,
    name            varchar(100) not null,
    created_by      uuid not null,
    scopes          varchar(200) not null,
    prefix          varchar(16) not null,
    hash            varchar(64) not null,
    created_at      timestamp with time zone not null,
    revoked_at      timestamp with time zone,
    last_used_at    timestamp with time zone,
    constraint api_keys_hash_uk unique (hash)
);
create index api_keys_org_idx on api_keys (organization_id, created_at, id);
create index api_keys_creator_idx on api_keys (organization_id, created_by);
