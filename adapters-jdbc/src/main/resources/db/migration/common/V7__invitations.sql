-- Invitations to join an organization: only the SHA-256 of the link's token is stored.
create table invitations (
    id              uuid primary key,
    organization_id uuid not null,
    email           varchar(320) not null,
    role            varchar(16) not null,
    token_hash      varchar(64) not null,
    invited_by      uuid not null,
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    accepted_at     timestamp with time zone,
    constraint invitations_token_uk unique (token_hash)
);
create index invitations_org_idx on invitations (organization_id, created_at);
