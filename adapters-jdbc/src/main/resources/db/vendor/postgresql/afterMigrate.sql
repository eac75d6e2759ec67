-- Runs after every Flyway migrate on PostgreSQL, as the migrating (owner) role.
--
-- 1. Row-level security on every tenant table: each table of the current schema with an organization_id column
--    shows and accepts only the rows of the tenant the transaction set in cairn.tenant (set_config(..., true)),
--    or every row under the system scope '*'. FORCE makes it hold for the tables' owner too. A table added by a
--    later migration is covered by the next migrate without anyone remembering it.
-- 2. The application role named by the approle placeholder ('-': a single-role set-up) may read and write
--    every table, and owns none of them.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT c.table_name
        FROM information_schema.columns c
        JOIN information_schema.tables tb
          ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
        WHERE c.column_name = 'organization_id' AND c.table_schema = current_schema()
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.table_name);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t.table_name);
        IF NOT EXISTS (SELECT 1 FROM pg_policies
                       WHERE schemaname = current_schema() AND tablename = t.table_name
                         AND policyname = 'tenant_isolation') THEN
            EXECUTE format(
                'CREATE POLICY tenant_isolation ON %I'
                ' USING (current_setting(''cairn.tenant'', true) IN (''*'', organization_id::text))'
                ' WITH CHECK (current_setting(''cairn.tenant'', true) IN (''*'', organization_id::text))',
                t.table_name);
        END IF;
    END LOOP;
    IF '${approle}' <> '-' THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), '${approle}');
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I',
                       current_schema(), '${approle}');
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), '${approle}');
    END IF;
END $$;
