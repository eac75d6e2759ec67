package io.cairn.ports.in.source;

import io.cairn.domain.source.Source;
import io.cairn.domain.tenant.Actor;

/** Use case: an editor gives a bot new knowledge; the source starts pending and is ingested in the background. */
public interface AddSourceUseCase {

    Source add(Actor actor, AddSourceCommand command);
}
