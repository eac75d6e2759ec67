-- The embedding cache's key leads with the text hash, so a lookup of a batch of hashes is one key probe per hash on
-- H2 too: H2 uses an IN list only on an index's first column, and with the model first it read every cached vector
-- of the model on each lookup (a cost that grew with the cache). PostgreSQL probes either key the same way. The table
-- is rebuilt rather than its key altered, since the two databases name and drop primary keys differently.
create table embedding_cache_by_hash (
    text_hash char(64) not null,
    model_id  varchar(200) not null,
    vector    bytea not null,
    primary key (text_hash, model_id)
);

insert into embedding_cache_by_hash (text_hash, model_id, vector)
select text_hash, model_id, vector from embedding_cache;

drop table embedding_cache;

alter table embedding_cache_by_hash rename to embedding_cache;
