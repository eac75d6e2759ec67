package io.cairn.ports.in.widget;

import java.util.Optional;

/**
 * Use case: decide whether a browser origin may use a bot's widget, for CORS. Answers the origin to echo in
 * {@code Access-Control-Allow-Origin}.
 *
 * @throws io.cairn.domain.error.NotFoundException when no bot has the publishable key
 * @throws io.cairn.domain.error.ForbiddenException when the origin is missing or not on the bot's allow-list
 */
public interface AllowWidgetOriginUseCase {

    String allow(String publicKey, Optional<String> origin);
}
