package org.mlasuite.incoming.application;

import java.util.List;
import org.mlasuite.incoming.domain.RegisterEntry;

/**
 * The completeness review of a registered request: the checker's findings against the Convention and the
 * officer's own State profile, the officer's decisions, and the grounds for refusal or postponement to consider.
 *
 * @param outstanding findings that block or warn and that the officer has accepted or not yet decided
 */
public record Review(RegisterEntry entry, List<ReviewItem> items, List<RefusalGround> grounds, int outstanding) {
}
