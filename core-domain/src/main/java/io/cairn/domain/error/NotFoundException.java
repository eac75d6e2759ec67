package io.cairn.domain.error;

/** The thing does not exist, or belongs to another tenant: both look the same from outside. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String kind, Object id) {
        super(kind + "_not_found", "No " + kind.replace('_', ' ') + " with id " + id);
    }
}
