-- Website and sitemap sources: crawl bounds, a sync schedule and when it is next due.
-- Globs are stored one per line.
alter table sources add column crawl_max_depth integer not null default 3;
alter table sources add column crawl_max_pages integer not null default 200;
alter table sources add column crawl_include text not null default '';
alter table sources add column crawl_exclude text not null default '';
alter table sources add column schedule varchar(16) not null default 'off';
alter table sources add column next_sync_at timestamp with time zone;
create index sources_due_idx on sources (next_sync_at);

-- What the next sync needs to skip an unchanged page, and a notice for usable but incomplete documents.
alter table documents add column etag text not null default '';
alter table documents add column last_modified text not null default '';
alter table documents add column sitemap_lastmod text not null default '';
alter table documents add column body_hash varchar(128) not null default '';
alter table documents add column depth integer not null default 0;
alter table documents add column notice text not null default '';

-- One row per ingestion run of a source: what it added, changed, removed, failed, skipped and left unchanged.
-- Reports go with their source, whichever way it is deleted (with its bot, or with its tenant).
create table sync_reports (
    id              uuid primary key,
    organization_id uuid not null,
    source_id       uuid not null references sources (id) on delete cascade,
    started_at      timestamp with time zone not null,
    finished_at     timestamp with time zone not null,
    status          varchar(16) not null,
    error           text,
    added           integer not null,
    changed         integer not null,
    removed         integer not null,
    failed          integer not null,
    skipped         integer not null,
    unchanged       integer not null
);
create index sync_reports_source_idx on sync_reports (organization_id, source_id, started_at desc);
