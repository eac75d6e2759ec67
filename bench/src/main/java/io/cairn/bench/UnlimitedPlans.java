package io.cairn.bench;

import java.util.Map;

/** Lifts every limit of the free plan, so a benchmark measures the platform and never meets a plan's 402. */
final class UnlimitedPlans {

    private static final String[] LIMITS = {"message-credits", "bots", "indexed-pages", "members", "storage-bytes"};

    private UnlimitedPlans() {}

    static void into(Map<String, Object> properties) {
        for (String limit : LIMITS) {
            properties.put("cairn.plans.free." + limit, -1);
        }
    }
}
