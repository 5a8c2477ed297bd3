package org.mlasuite.checking.application;

import org.mlasuite.checking.domain.Severity;
import org.mlasuite.shared.Citation;

/** One line of the check catalogue. */
public record CheckEntry(String id, Severity severity, Citation citation, String description) {
}
