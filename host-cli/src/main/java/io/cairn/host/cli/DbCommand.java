package io.cairn.host.cli;

import io.cairn.ports.out.index.RetrievalIndexPort;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.flyway.FlywayConfigurationProperties;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Named;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.output.MigrateResult;
import picocli.CommandLine.Command;

/**
 * {@code cairn db migrate}: brings the schema up to date with a progress bar, then readies the retrieval index. The
 * CLI starts with start-up migration switched off for this command, so the work shows here.
 */
@Command(
        name = "db",
        description = "Database operations.",
        subcommands = {DbCommand.Migrate.class})
final class DbCommand {

    @Prototype
    @Command(name = "migrate", description = "Apply pending schema migrations and create missing index tables.")
    static final class Migrate implements Runnable {
        private final DataSource dataSource;
        private final DataSourceResolver resolver;
        private final FlywayConfigurationProperties flyway;
        private final BeanProvider<RetrievalIndexPort> index;

        Migrate(
                DataSource dataSource,
                DataSourceResolver resolver,
                @Named("default") FlywayConfigurationProperties flyway,
                BeanProvider<RetrievalIndexPort> index) {
            this.dataSource = dataSource;
            this.resolver = resolver;
            this.flyway = flyway;
            this.index = index;
        }

        @Override
        public void run() {
            Flyway configured = Flyway.configure(getClass().getClassLoader())
                    .configuration(flyway.getFluentConfiguration())
                    .dataSource(resolver.resolve(dataSource))
                    .load();
            int pending = configured.info().pending().length;
            MigrateResult result;
            try (Progress progress = new Progress("Migrating", pending)) {
                result = Flyway.configure(getClass().getClassLoader())
                        .configuration(configured.getConfiguration())
                        .callbacks(new StepPerMigration(progress))
                        .load()
                        .migrate();
            }
            String version =
                    result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion;
            System.out.printf("Applied %d migration(s); schema at version %s%n", result.migrationsExecuted, version);
            System.out.printf(
                    "Retrieval index ready: %s%n", index.get().getClass().getSimpleName());
        }
    }

    /** Steps the bar after each applied migration. */
    private record StepPerMigration(Progress progress) implements Callback {
        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            progress.step();
        }

        @Override
        public String getCallbackName() {
            return "cairn-progress";
        }
    }
}
