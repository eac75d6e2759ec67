package io.cairn.host.cli;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.RetrievalMode;
import io.cairn.domain.retrieval.RankedChunk;
import io.cairn.ports.in.retrieval.RetrieveCommand;
import io.cairn.ports.in.retrieval.RetrieveUseCase;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cairn eval --bot ID --queries FILE --qrels FILE}: ranks documents for each judged query and prints
 * nDCG@10, Recall@10, Recall@100 and MRR@10. Documents are identified by the reference they were ingested with.
 */
@Prototype
@Command(name = "eval", description = "Evaluate retrieval on a BEIR-format query set.")
final class EvalCommand implements Callable<Integer> {

    private static final int CHUNK_DEPTH = 300;
    private static final int DOC_DEPTH = 100;

    private final Operator operator;
    private final RetrieveUseCase retrieve;
    private final JsonMapper json;

    @Option(names = "--bot", required = true, description = "Bot id")
    String botId;

    @Option(names = "--queries", required = true, description = "queries.jsonl")
    Path queriesFile;

    @Option(names = "--qrels", required = true, description = "qrels TSV (query-id, corpus-id, score) with a header")
    Path qrelsFile;

    @Option(names = "--mode", defaultValue = "all", description = "hybrid, vector, keyword or all")
    String mode;

    @Option(names = "--limit", description = "Evaluate only the first N judged queries")
    Integer limit;

    EvalCommand(Operator operator, RetrieveUseCase retrieve, JsonMapper json) {
        this.operator = operator;
        this.retrieve = retrieve;
        this.json = json;
    }

    @Override
    public Integer call() throws Exception {
        Bot bot = operator.bot(botId);
        Map<String, String> queries = BeirCorpus.queries(json, queriesFile);
        Map<String, Map<String, Integer>> qrels = BeirCorpus.qrels(qrelsFile);
        List<String> judged =
                queries.keySet().stream().filter(qrels::containsKey).toList();
        if (limit != null) {
            judged = judged.subList(0, Math.min(limit, judged.size()));
        }
        List<RetrievalMode> modes =
                mode.equals("all") ? List.of(RetrievalMode.values()) : List.of(RetrievalMode.parse(mode));
        List<EvalScores> results = new ArrayList<>();
        for (RetrievalMode m : modes) {
            EvalScores scores = new EvalScores(m);
            try (Progress progress = new Progress("eval " + m.wireName(), judged.size())) {
                for (String q : judged) {
                    scores.add(rankedDocuments(bot, queries.get(q), m), qrels.get(q));
                    progress.step();
                }
            }
            results.add(scores);
        }
        System.out.println(EvalScores.table(results, judged.size()));
        return 0;
    }

    private List<String> rankedDocuments(Bot bot, String query, RetrievalMode m) {
        List<RankedChunk> chunks = retrieve.retrieve(
                new RetrieveCommand(bot.organizationId(), bot.id(), query, Optional.of(m), CHUNK_DEPTH));
        LinkedHashSet<String> docs = new LinkedHashSet<>();
        for (RankedChunk c : chunks) {
            docs.add(c.chunk().url());
            if (docs.size() == DOC_DEPTH) {
                break;
            }
        }
        return new ArrayList<>(docs);
    }
}
