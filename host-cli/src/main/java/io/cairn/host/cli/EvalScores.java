package io.cairn.host.cli;

import io.cairn.domain.bot.RetrievalMode;
import io.cairn.domain.eval.RankingMetrics;
import java.util.List;
import java.util.Map;

/** Running means of the standard metrics for one retrieval mode, and their table. */
final class EvalScores {

    private final RetrievalMode mode;
    private double ndcg10;
    private double recall10;
    private double recall100;
    private double mrr10;
    private int n;

    EvalScores(RetrievalMode mode) {
        this.mode = mode;
    }

    void add(List<String> ranked, Map<String, Integer> relevance) {
        ndcg10 += RankingMetrics.ndcgAt(10, ranked, relevance);
        recall10 += RankingMetrics.recallAt(10, ranked, relevance);
        recall100 += RankingMetrics.recallAt(100, ranked, relevance);
        mrr10 += RankingMetrics.reciprocalRankAt(10, ranked, relevance);
        n++;
    }

    static String table(List<EvalScores> all, int queries) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-8s %8s %10s %11s %7s%n", "mode", "nDCG@10", "Recall@10", "Recall@100", "MRR@10"));
        for (EvalScores s : all) {
            out.append(String.format(
                    "%-8s %8.4f %10.4f %11.4f %7.4f%n",
                    s.mode.wireName(), s.mean(s.ndcg10), s.mean(s.recall10), s.mean(s.recall100), s.mean(s.mrr10)));
        }
        out.append(String.format("%d queries evaluated", queries));
        return out.toString();
    }

    private double mean(double sum) {
        return n == 0 ? 0 : sum / n;
    }
}
