package org.mlasuite.incoming.domain;

import java.util.List;
import java.util.Optional;

/** Where registered requests and their history are kept. Every change is one transaction with its event. */
public interface Register {

    /** Adds a new entry, giving it the next register number of its year and direction, with its first event. */
    RegisterEntry add(RegisterEntry entry, byte[] originalContent, RegisterEvent event);

    Optional<RegisterEntry> find(String id);

    /** Replaces the entry if {@code expectedVersion} is current, and appends the event; empty if it does not exist. */
    Optional<RegisterEntry> update(RegisterEntry entry, long expectedVersion, RegisterEvent event);

    List<RegisterEntry> list(RegisterQuery query);

    List<RegisterEvent> history(String id);

    Optional<byte[]> original(String id);
}
