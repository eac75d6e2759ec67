package io.cairn.ports.out.persistence;

import io.cairn.domain.answer.Citation;
import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.bot.BotSettings;
import io.cairn.domain.bot.IdentitySecret;
import io.cairn.domain.bot.LeadForm;
import io.cairn.domain.bot.ModelSettings;
import io.cairn.domain.bot.RetrievalMode;
import io.cairn.domain.bot.RetrievalSettings;
import io.cairn.domain.bot.Theme;
import io.cairn.domain.chat.Conversation;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.chat.Message;
import io.cairn.domain.chat.MessageId;
import io.cairn.domain.chat.MessageRole;
import io.cairn.domain.chat.TokenUsage;
import io.cairn.domain.common.Page;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.source.Document;
import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.IngestStatus;
import io.cairn.domain.source.Source;
import io.cairn.domain.source.SourceId;
import io.cairn.domain.source.SourceType;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Test data shared by the repository contracts; instants are whole milliseconds, as every store keeps them. */
public final class PersistenceFixture {

    public static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123Z");

    private PersistenceFixture() {}

    public static Instant at(int second) {
        return T0.plusSeconds(second);
    }

    public static Bot anyBot(OrganizationId org, int second) {
        return new Bot(
                BotId.random(),
                org,
                WorkspaceId.random(),
                "Bot " + second,
                Bot.newPublicKey(),
                IdentitySecret.generate(),
                BotSettings.defaults(),
                at(second));
    }

    public static BotSettings tunedSettings() {
        return new BotSettings(
                "Answer like a pirate.",
                "Ahoy!",
                List.of("Where is the treasure?", "Who are you?"),
                "No idea, matey.",
                List.of("https://example.com", "https://docs.example.com"),
                new LeadForm(true, List.of("email", "phone")),
                new Theme("#123abc", "left"),
                new ModelSettings("gpt-4o-mini", 0.7, 1200),
                new RetrievalSettings(RetrievalMode.KEYWORD, 8, 1.5),
                true);
    }

    public static Source anySource(OrganizationId org, BotId bot, int second) {
        return new Source(
                SourceId.random(),
                org,
                bot,
                SourceType.URL,
                "Page " + second,
                "https://example.com/" + second,
                IngestStatus.PENDING,
                null,
                0,
                0,
                at(second),
                Optional.empty());
    }

    public static Document anyDocument(Source source, String url, int second) {
        return new Document(
                DocumentId.random(),
                source.organizationId(),
                source.botId(),
                source.id(),
                "Title of " + url,
                url,
                "",
                IngestStatus.PROCESSING,
                null,
                0,
                at(second));
    }

    public static Conversation anyConversation(OrganizationId org, BotId bot, int second) {
        return new Conversation(ConversationId.random(), org, bot, at(second));
    }

    /** A widget conversation whose visitor proved the given user id. */
    public static Conversation verifiedConversation(OrganizationId org, BotId bot, String userId, int second) {
        return new Conversation(ConversationId.random(), org, bot, Optional.of(userId), at(second));
    }

    public static Message question(Conversation c, String text, int second) {
        return Message.fromUser(c, text, at(second));
    }

    public static Message answer(Conversation c, String text, int second, List<Citation> citations) {
        return new Message(
                MessageId.random(),
                c.id(),
                c.organizationId(),
                MessageRole.ASSISTANT,
                text,
                citations,
                true,
                "generated",
                new TokenUsage(321, 54),
                false,
                at(second));
    }

    public static Citation anyCitation(int n) {
        return new Citation(
                n,
                SourceId.random(),
                DocumentId.random(),
                "chunk-" + n,
                "Title " + n,
                "https://example.com/" + n,
                "a snippet with \"quotes\" and ünïcode " + n,
                0.5 + n / 100.0);
    }

    /** Follows every cursor from the first page and returns the items in the order they came. */
    public static <T> List<T> walk(int limit, Function<PageRequest, Page<T>> list) {
        List<T> all = new ArrayList<>();
        PageRequest request = PageRequest.first(limit);
        for (int pages = 0; pages < 1_000; pages++) {
            Page<T> page = list.apply(request);
            all.addAll(page.items());
            if (page.nextCursor().isEmpty()) {
                return all;
            }
            request = new PageRequest(limit, page.nextCursor());
        }
        throw new AssertionError("the cursor never ran out");
    }
}
