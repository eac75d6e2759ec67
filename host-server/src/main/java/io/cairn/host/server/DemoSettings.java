package io.cairn.host.server;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;

/** The demo bot the server seeds on first start: who owns it and which docs it knows. */
@ConfigurationProperties("cairn.demo")
public record DemoSettings(
        @Bindable(defaultValue = "docs") Path docsDir,
        @Bindable(defaultValue = "demo@cairn.local") String email,
        @Bindable(defaultValue = "cairn-demo-password") String password) {}
