package io.cairn.host.server;

import java.util.HashMap;
import java.util.Map;

/**
 * Plans for test servers: the ITs create many bots and send many chats as a free organization, so their free plan is
 * unlimited; {@code PlanLimitsIT} sets tight limits of its own on top.
 */
final class TestPlans {

    private static final String[] LIMITS = {"message-credits", "bots", "indexed-pages", "members", "storage-bytes"};

    private TestPlans() {}

    /** Server properties that lift every limit of the free plan. */
    static Map<String, Object> unlimitedFree() {
        Map<String, Object> properties = new HashMap<>();
        for (String limit : LIMITS) {
            properties.put("cairn.plans.free." + limit, -1);
        }
        return properties;
    }

    /** The same as environment variables, for a server started as a process. */
    static Map<String, String> unlimitedFreeEnvironment() {
        Map<String, String> env = new HashMap<>();
        for (String limit : LIMITS) {
            env.put("CAIRN_PLANS_FREE_" + limit.toUpperCase().replace('-', '_'), "-1");
        }
        return env;
    }
}
