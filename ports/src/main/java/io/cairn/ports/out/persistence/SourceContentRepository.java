package io.cairn.ports.out.persistence;

import io.cairn.domain.source.SourceId;
import io.cairn.domain.tenant.OrganizationId;
import java.util.Optional;

/** Driven port: keeps the uploaded bytes of a source under its server-generated id (never under its file name). */
public interface SourceContentRepository {

    void put(OrganizationId organization, SourceId source, StoredContent content);

    Optional<StoredContent> get(OrganizationId organization, SourceId source);

    void delete(OrganizationId organization, SourceId source);
}
