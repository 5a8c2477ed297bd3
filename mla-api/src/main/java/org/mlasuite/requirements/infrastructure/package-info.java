/**
 * Reads legal-requirements/ (YAML) into the immutable catalogue. Rule: reject, never guess: a duplicate key, an
 * unknown source, State or instrument, or a fact without status stops the load with every problem listed.
 */
package org.mlasuite.requirements.infrastructure;
