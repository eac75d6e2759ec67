package io.cairn.host.server;

import io.cairn.adapter.out.lucene.LuceneRetrievalIndexAdapter;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.index.IndexScope;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

/** The crash test on the embedded default: H2 and the Lucene index in the data directory. */
class IngestionCrashIT extends IngestionCrashContract {

    @Override
    Map<String, String> storageEnv() {
        return Map.of();
    }

    @Override
    long indexedChunks(Path data, OrganizationId org, BotId bot) throws Exception {
        try (var index = new LuceneRetrievalIndexAdapter(data.resolve("index"))) {
            return index.count(new IndexScope(org, bot));
        }
    }

    @Override
    Connection database(Path data) throws Exception {
        return DriverManager.getConnection(
                "jdbc:h2:file:" + data.resolve("db/cairn") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
    }
}
