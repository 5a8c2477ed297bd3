package org.mlasuite.drafting.rest;

import org.mlasuite.drafting.domain.RequestDocument;

/** A realistic, fictional request for trying the suite and for training. */
public record Sample(String id, String title, String type, RequestDocument document) {
}
