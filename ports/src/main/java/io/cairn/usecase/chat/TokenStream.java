package io.cairn.usecase.chat;

import io.cairn.ports.in.chat.AnswerListener;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Streams finished text word by word (each word with its trailing space), so every answer arrives the same way. */
final class TokenStream {

    private static final Pattern WORD = Pattern.compile("\\S+\\s*");

    private TokenStream() {}

    static void emit(String text, AnswerListener listener) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            listener.onToken(m.group());
        }
    }
}
