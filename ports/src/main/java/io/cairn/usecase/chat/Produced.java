package io.cairn.usecase.chat;

import io.cairn.domain.chat.TokenUsage;
import java.util.Map;

/**
 * What an answerer streamed: the full text, how it was made, its usage, better snippets for cited passages (the
 * quoted sentence, for extractive answers), and whether the stream was cut off.
 */
record Produced(String text, String mode, TokenUsage usage, Map<Integer, String> snippets, boolean partial) {}
