-- Job ids now start with the tenant's id (tenant-fair scheduling), so a dead job's id is longer than 64 characters.
alter table dead_jobs alter column id set data type varchar(128);
