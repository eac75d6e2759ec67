package io.cairn.ports.in.widget;

import java.util.Objects;
import java.util.Optional;

/** A request from a bot's widget: the publishable key it names, the browser's Origin, and the client's address. */
public record WidgetVisit(String publicKey, Optional<String> origin, String clientAddress) {

    public WidgetVisit {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }
}
