package org.mlasuite.incoming.application;

import org.mlasuite.checking.domain.Finding;
import org.mlasuite.incoming.domain.ReviewDecision;

/** A finding of the completeness review and, once taken, the officer's decision on it. */
public record ReviewItem(Finding finding, ReviewDecision decision) {
}
