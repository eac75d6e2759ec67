package io.cairn.domain.chunk;

/** Counts tokens the way the embedding model will, so chunks can be kept under its input limit. */
@FunctionalInterface
public interface TokenCounter {

    int count(String text);
}
