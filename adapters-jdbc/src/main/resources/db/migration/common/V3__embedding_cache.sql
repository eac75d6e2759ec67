-- Passage vectors by embedding model and SHA-256 (hex) of the exact text embedded, so unchanged chunks are not
-- embedded again. Not tenant data: identical text under one model has one vector, so rows are shared and there is
-- no organization_id. Only the hash is kept, never the text. The vector is float32 little-endian.
create table embedding_cache (
    model_id  varchar(200) not null,
    text_hash char(64) not null,
    vector    bytea not null,
    primary key (model_id, text_hash)
);
