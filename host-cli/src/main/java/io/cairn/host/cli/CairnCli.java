package io.cairn.host.cli;

import io.cairn.host.server.StartupProperties;
import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The operator's command line: the same storage and wiring as the server, without the HTTP server. */
@Command(
        name = "cairn",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        version = "cairn 0.1.0",
        description = "Operate Cairn: tenants, bots, ingestion, questions and retrieval evaluation.",
        subcommands = {
            TenantsCommand.class,
            BotsCommand.class,
            SourcesCommand.class,
            IngestCommand.class,
            AskCommand.class,
            EvalCommand.class,
            ReindexCommand.class,
            OptimizeIndexCommand.class,
            JobsCommand.class,
            UsageCommand.class,
            WebhooksCommand.class,
            DbCommand.class
        })
public final class CairnCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("logback.configurationFile", "logback-cli.xml");
        System.exit(run(System.getenv(), args));
    }

    static int run(Map<String, String> env, String... args) {
        if (args.length == 0 || isHelpOrVersion(args)) {
            return new CommandLine(CairnCli.class, new HelpFactory())
                    .execute(args.length == 0 ? new String[] {"--help"} : args);
        }
        Map<String, Object> properties = new HashMap<>(StartupProperties.resolve(env));
        if (args[0].equals("db")) {
            // 'cairn db migrate' applies the migrations itself, with progress, instead of at start-up.
            properties.put("flyway.datasources.default.enabled", false);
        }
        try (ApplicationContext context = ApplicationContext.builder(CairnCli.class, "cli")
                .properties(properties)
                .start()) {
            return new CommandLine(CairnCli.class, new MicronautFactory(context))
                    .setExecutionExceptionHandler(new CliErrors())
                    .execute(args);
        } catch (RuntimeException e) {
            System.err.println("cairn: " + CliErrors.startupMessage(e));
            return CliErrors.EXIT_UNAVAILABLE;
        }
    }

    private static boolean isHelpOrVersion(String[] args) {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
