package io.cairn.adapter.out.jdbc.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.adapter.out.jdbc.PostgresTestDatabase;
import io.cairn.adapter.out.jdbc.support.TenantSessions;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.PersistenceFixture;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The backstop under the application's own tenant filters, on a real PostgreSQL: migrated by the owner role, used by
 * the non-owner application role (CAIRN_TEST_POSTGRES_APP_USER) that scripts/postgres.sh creates.
 */
@EnabledIfEnvironmentVariable(named = "CAIRN_TEST_POSTGRES_APP_USER", matches = ".+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowLevelSecurityIT {

    private final String url = System.getenv("CAIRN_TEST_POSTGRES_URL");
    private final String appUser = System.getenv("CAIRN_TEST_POSTGRES_APP_USER");
    private final String appPassword = PostgresTestDatabase.env("CAIRN_TEST_POSTGRES_APP_PASSWORD", "");
    private ApplicationContext owner;
    private ApplicationContext app;

    @BeforeAll
    void migrateAsOwnerThenConnectAsApplication() {
        Map<String, Object> asOwner = new HashMap<>(PostgresTestDatabase.properties());
        asOwner.put("flyway.datasources.default.placeholders.approle", appUser);
        owner = ApplicationContext.run(asOwner);
        Map<String, Object> asApp = new HashMap<>(PostgresTestDatabase.properties());
        asApp.put("datasources.default.username", appUser);
        asApp.put("datasources.default.password", appPassword);
        asApp.put("flyway.datasources.default.enabled", false);
        app = ApplicationContext.run(asApp);
    }

    @AfterAll
    void close() {
        app.close();
        owner.close();
    }

    @Test
    void should_return_only_the_current_tenants_rows_when_a_query_forgets_its_tenant_filter() {
        // given: a source in each of two tenants, stored through the application role
        OrganizationId a = OrganizationId.random();
        OrganizationId b = OrganizationId.random();
        var sources = app.getBean(JdbcSourceRepository.class);
        var sourceOfA = PersistenceFixture.anySource(a, BotId.random(), 1);
        var sourceOfB = PersistenceFixture.anySource(b, BotId.random(), 2);
        sources.save(sourceOfA);
        sources.save(sourceOfB);
        var unfiltered = app.getBean(UnfilteredSourceRows.class);
        var sessions = app.getBean(TenantSessions.class);

        // when
        var seenAsA = sessions.within(a, unfiltered::everyRowForgettingTheTenant);
        var seenWithoutTenant = unfiltered.everyRowForgettingTheTenant();

        // then
        assertThat(seenAsA).isNotEmpty();
        assertThat(seenAsA).extracting(UnfilteredSourceRows::tenantOf).containsOnly(a.value());
        assertThat(seenWithoutTenant).as("no tenant set: nothing").isEmpty();
        assertThat(sources.findById(a, sourceOfA.id())).isPresent();
        assertThat(sources.findById(a, sourceOfB.id())).isEmpty();
    }

    @Test
    void should_force_row_level_security_on_every_tenant_table_and_leave_the_application_role_no_way_around_it()
            throws Exception {
        try (Connection db = DriverManager.getConnection(url, appUser, appPassword)) {
            // given
            List<String> tenantTables = strings(
                    db,
                    "SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t"
                            + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                            + " AND t.table_type = 'BASE TABLE'"
                            + " WHERE c.column_name = 'organization_id' AND c.table_schema = current_schema()",
                    null);
            // when
            List<String> unprotected = strings(
                    db,
                    "SELECT relname FROM pg_class WHERE relnamespace = current_schema()::regnamespace"
                            + " AND relkind = 'r' AND relname = ANY (?) AND NOT (relrowsecurity AND relforcerowsecurity)",
                    tenantTables);
            List<String> ownedByApp = strings(
                    db,
                    "SELECT relname FROM pg_class WHERE relnamespace = current_schema()::regnamespace"
                            + " AND pg_get_userbyid(relowner) = current_user",
                    null);
            List<String> bypass = strings(
                    db,
                    "SELECT rolname FROM pg_roles WHERE rolname = current_user AND (rolbypassrls OR rolsuper)",
                    null);
            // then
            assertThat(tenantTables).contains("bots", "sources", "documents", "memberships", "invitations");
            assertThat(unprotected)
                    .as("tenant tables without forced row-level security")
                    .isEmpty();
            assertThat(ownedByApp).as("objects the application role owns").isEmpty();
            assertThat(bypass)
                    .as("the application role bypasses row-level security")
                    .isEmpty();
        }
    }

    private static List<String> strings(Connection db, String sql, List<String> array) throws Exception {
        try (var statement = db.prepareStatement(sql)) {
            if (array != null) {
                statement.setArray(1, db.createArrayOf("text", array.toArray()));
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }
}
