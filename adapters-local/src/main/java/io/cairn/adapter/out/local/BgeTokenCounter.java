package io.cairn.adapter.out.local;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import io.cairn.domain.chunk.TokenCounter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Counts bge-small-en-v1.5 wordpieces, special tokens excluded, exactly as the tokenizer.json shipped in the model's
 * jar does. The native tokenizer costs about half a microsecond per character, too slow for the chunker's many
 * calls, so Latin text goes through a Java port of the same normaliser and WordPiece (checked against the native
 * tokenizer in tests); anything else goes to the native tokenizer.
 */
final class BgeTokenCounter implements TokenCounter {

    static final String TOKENIZER_RESOURCE = "bge-small-en-v1.5-q-tokenizer.json";

    private final WordPieceVocabulary vocabulary;
    private final List<String> addedTokens;
    private final HuggingFaceTokenizer tokenizer;

    private BgeTokenCounter(WordPieceVocabulary vocabulary, List<String> addedTokens, HuggingFaceTokenizer tokenizer) {
        this.vocabulary = vocabulary;
        this.addedTokens = addedTokens;
        this.tokenizer = tokenizer;
    }

    static BgeTokenCounter load() {
        ClassLoader jar = BgeSmallEnV15QuantizedEmbeddingModel.class.getClassLoader();
        try (InputStream in = jar.getResourceAsStream(TOKENIZER_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(TOKENIZER_RESOURCE + " is missing from the classpath");
            }
            byte[] json = in.readAllBytes();
            JsonNode root = new ObjectMapper().readTree(json);
            requireLowerCasingBertNormaliser(root);
            List<String> added = root.path("added_tokens").findValuesAsText("content");
            // Truncation off: a count capped at 512 would hide exactly the overlong input we must reject.
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(
                    new ByteArrayInputStream(json), Map.of("padding", "false", "truncation", "false"));
            return new BgeTokenCounter(WordPieceVocabulary.of(root.path("model")), List.copyOf(added), tokenizer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TOKENIZER_RESOURCE, e);
        }
    }

    @Override
    public int count(String text) {
        int fast = countLatin(text);
        return fast >= 0 ? fast : countNative(text);
    }

    int countNative(String text) {
        return tokenizer.encode(text, false, false).getIds().length;
    }

    /** The count, or -1 when the text holds something the Java port does not cover. */
    int countLatin(String text) {
        if (text.indexOf('[') >= 0 && addedTokens.stream().anyMatch(text::contains)) {
            return -1;
        }
        int tokens = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (LatinBertAlphabet.kind(c)) {
                case LatinBertAlphabet.UNSUPPORTED:
                    return -1;
                case LatinBertAlphabet.REMOVED:
                    break;
                case LatinBertAlphabet.SPACE:
                    tokens += flush(word);
                    break;
                case LatinBertAlphabet.PUNCTUATION:
                    tokens += flush(word) + 1;
                    break;
                default:
                    word.append(LatinBertAlphabet.folded(c));
            }
        }
        return tokens + flush(word);
    }

    private int flush(StringBuilder word) {
        if (word.isEmpty()) {
            return 0;
        }
        int count = vocabulary.count(word.toString());
        word.setLength(0);
        return count;
    }

    private static void requireLowerCasingBertNormaliser(JsonNode root) {
        JsonNode normaliser = root.path("normalizer");
        boolean expected = "BertNormalizer".equals(normaliser.path("type").asText())
                && normaliser.path("clean_text").asBoolean()
                && normaliser.path("lowercase").asBoolean()
                && (normaliser.path("strip_accents").isNull()
                        || normaliser.path("strip_accents").asBoolean())
                && "BertPreTokenizer"
                        .equals(root.path("pre_tokenizer").path("type").asText());
        if (!expected) {
            throw new IllegalStateException(
                    "the Java token counter assumes an uncased BERT tokenizer, not " + normaliser);
        }
    }
}
