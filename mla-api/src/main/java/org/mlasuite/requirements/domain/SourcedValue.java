package org.mlasuite.requirements.domain;

/** A value together with where it comes from. */
public record SourcedValue<T>(T value, Provenance provenance) {
}
