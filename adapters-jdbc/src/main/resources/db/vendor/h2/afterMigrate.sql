-- H2 (the embedded default, one process) has no row-level security and no roles: nothing to do after a migrate.
SELECT 1;
