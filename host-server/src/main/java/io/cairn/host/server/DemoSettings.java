package io.cairn.host.server;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;

/**
 * The demo bot the server seeds on first start: who owns it, which docs it knows, and the plan of its organization
 * (business by default, so the tour's second bot and uploads fit).
 */
@ConfigurationProperties("cairn.demo")
public record DemoSettings(
        @Bindable(defaultValue = "docs") Path docsDir,
        @Bindable(defaultValue = "demo@cairn.local") String email,
        @Bindable(defaultValue = "cairn-demo-password") String password,
        @Bindable(defaultValue = "business") String plan) {}
