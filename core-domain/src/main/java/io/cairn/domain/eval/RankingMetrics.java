package io.cairn.domain.eval;

import java.util.List;
import java.util.Map;

/** Standard IR metrics over one ranked list of document ids and graded relevance judgements. */
public final class RankingMetrics {

    private RankingMetrics() {}

    public static double ndcgAt(int k, List<String> ranked, Map<String, Integer> relevance) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(relevance.getOrDefault(ranked.get(i), 0), i);
        }
        List<Integer> ideal = relevance.values().stream()
                .filter(r -> r > 0)
                .sorted((a, b) -> b - a)
                .toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i), i);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    public static double recallAt(int k, List<String> ranked, Map<String, Integer> relevance) {
        long relevant = relevance.values().stream().filter(r -> r > 0).count();
        if (relevant == 0) {
            return 0;
        }
        long found = ranked.stream()
                .limit(k)
                .filter(id -> relevance.getOrDefault(id, 0) > 0)
                .count();
        return (double) found / relevant;
    }

    public static double reciprocalRankAt(int k, List<String> ranked, Map<String, Integer> relevance) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevance.getOrDefault(ranked.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double gain(int rel, int position) {
        return (Math.pow(2, rel) - 1) / (Math.log(position + 2) / Math.log(2));
    }
}
