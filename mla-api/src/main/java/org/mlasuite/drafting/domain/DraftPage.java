package org.mlasuite.drafting.domain;

import java.util.List;

/** A page of drafts, newest change first. */
public record DraftPage(List<DraftSummary> items, int page, int size, long total) {

    public DraftPage {
        items = List.copyOf(items);
    }
}
