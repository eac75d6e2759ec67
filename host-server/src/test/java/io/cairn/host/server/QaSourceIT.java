package io.cairn.host.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Question and answer pairs: asking a stored question, even in other words, retrieves its answer first. */
class QaSourceIT {

    @TempDir
    Path dir;

    @Test
    void should_cite_the_matching_pair_first_when_a_stored_question_is_asked() throws Exception {
        try (RunningServer server = new RunningServer(dir, Map.of())) {
            // given: prose that mentions the same words, and the pairs
            TenantSteps tenant = TenantSteps.signUp(server);
            String bot = tenant.createBot();
            tenant.addAndAwait(
                    bot,
                    """
                    {"type":"text","title":"Company history","text":"Our returns desk opened in 2019. Customers \
                    often ask about returns, warranties and delivery, and the team has grown to twelve people."}""");
            Map<String, Object> qa = tenant.addAndAwait(
                    bot,
                    """
                    {"type":"qa","title":"Support FAQ","pairs":[
                     {"question":"How long do I have to return an item?",
                      "answer":"You can return any unused item within 45 days for a full refund."},
                     {"question":"Do you ship to Canada?",
                      "answer":"Yes, we ship to Canada; delivery takes five to eight business days."},
                     {"question":"How long is the warranty?","answer":"Every product has a two-year warranty."}]}""");

            // when
            Map<String, Object> answer = tenant.chat(bot, "What is the time limit for returning something I bought?");

            // then
            assertThat(qa.get("status")).isEqualTo("ready");
            assertThat(qa.get("documents")).isEqualTo(3);
            var first = server.list(answer.get("citations")).get(0);
            assertThat(first.get("title")).isEqualTo("How long do I have to return an item?");
            assertThat((String) answer.get("answer")).contains("45 days");
            assertThat(tenant.map(tenant.addSource(bot, "{\"type\":\"qa\",\"pairs\":[{\"question\":\"Hi?\"}]}")))
                    .containsEntry("status", 400);
        }
    }
}
