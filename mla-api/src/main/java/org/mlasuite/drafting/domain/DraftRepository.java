package org.mlasuite.drafting.domain;

import java.util.Optional;

/** Where drafts are kept. Every change names the version it replaces; a stale version is refused. */
public interface DraftRepository {

    Draft add(RequestDocument document, String owner);

    Optional<Draft> find(String id);

    /** @throws StaleVersion if the draft changed since {@code expectedVersion}; empty if it does not exist */
    Optional<Draft> replace(String id, long expectedVersion, RequestDocument document);

    /** @throws StaleVersion if the draft changed since {@code expectedVersion}; false if it does not exist */
    boolean remove(String id, long expectedVersion);

    /** The drafts {@code user} may read (see {@link DraftUser#mayRead}), newest change first. */
    DraftPage list(int page, int size, DraftUser user);
}
