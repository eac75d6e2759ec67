package io.cairn.archfixtures.usecase.violation;

import jakarta.inject.Singleton;

/** Breaks rule 2: a service annotated with a DI framework's annotation. */
@Singleton
public final class FrameworkBoundService {}
