package io.cairn.adapter.in.http.source;

import io.cairn.adapter.in.http.security.KeyScope;
import io.cairn.adapter.in.http.security.UploadLimits;
import io.cairn.domain.apikey.ApiKeyScope;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.source.AddSourceCommand;
import io.cairn.ports.in.source.AddSourceUseCase;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Driving adapter: a file upload (multipart field {@code file}) becomes a source. The server refuses oversize
 * bodies before reading them ({@link io.cairn.adapter.in.http.security.RequestLimitsConfigurer}); the check here
 * is the backstop. The file name is kept as metadata only and the type is detected from the bytes downstream.
 */
@Controller("/api/v1/bots/{botId}/sources/files")
@KeyScope(ApiKeyScope.SOURCES_WRITE)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SourceUploadController {

    private final AddSourceUseCase addSource;
    private final UploadLimits limits;

    public SourceUploadController(AddSourceUseCase addSource, UploadLimits limits) {
        this.addSource = addSource;
        this.limits = limits;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Status(HttpStatus.ACCEPTED)
    public SourceResponse upload(Actor actor, String botId, CompletedFileUpload file) {
        BotId bot = BotId.parse(botId);
        if (file.getSize() > limits.maxBytes()) {
            throw new ContentLengthExceededException(limits.maxBytes(), file.getSize());
        }
        String declaredType = file.getContentType().map(MediaType::toString).orElse("");
        AddSourceCommand command =
                new AddSourceCommand.AddFile(bot, file.getFilename(), declaredType, bytes(file), true);
        return SourceResponse.from(addSource.add(actor, command));
    }

    private static byte[] bytes(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }
}
