-- Who did what, to which resource, from where and when: appended by the API for every change, never updated.
create table audit_log (
    id              uuid primary key,
    organization_id uuid not null,
    actor_user_id   uuid,
    action          varchar(200) not null,
    resource        varchar(500) not null,
    status          integer not null,
    ip              varchar(64) not null,
    at              timestamp with time zone not null
);
create index audit_log_org_idx on audit_log (organization_id, at desc);
