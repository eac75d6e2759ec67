package io.cairn.adapter.out.local;

import io.cairn.domain.answer.Passage;
import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.domain.retrieval.RankedChunk;
import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import java.util.List;
import java.util.OptionalDouble;

/** Realistic help-centre passages for the extractive answer tests. */
final class HelpCentre {

    static final String PASSWORD_RESET =
            """
            Forgot your password? No problem. To reset your password, open the sign-in page and click \
            "Forgot password". Enter the email address you registered with, and we will send you a reset link.
            The link expires after 30 minutes, so use it promptly. If the email does not arrive, check your spam \
            folder or ask your workspace administrator to resend the invitation.""";

    static final String BILLING =
            """
            Invoices are issued on the first day of each month. You can download every invoice as a PDF from the \
            Billing page in your workspace settings. We accept all major credit cards and SEPA direct debit. \
            Changing your plan takes effect immediately, and the difference is prorated on your next invoice.""";

    static final String EXPORT =
            """
            To export your conversations, go to Analytics and choose Export. The export is a CSV file with one row \
            per message, including the timestamp, the question and the answer. Large exports are prepared in the \
            background and emailed to you when they are ready.""";

    private HelpCentre() {}

    static List<Passage> passages(String... texts) {
        return Passage.number(
                java.util.Arrays.stream(texts).map(HelpCentre::ranked).toList());
    }

    private static RankedChunk ranked(String text) {
        ChunkHit hit = new ChunkHit(
                "chunk-" + Math.abs(text.hashCode()),
                DocumentId.random(),
                SourceId.random(),
                "Help centre",
                "https://help.example.com",
                text,
                1.0);
        return new RankedChunk(hit, 1.0, OptionalDouble.empty(), OptionalDouble.empty());
    }
}
