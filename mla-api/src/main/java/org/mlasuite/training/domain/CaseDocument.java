package org.mlasuite.training.domain;

/** One item of a scenario's case file: a police report, a bank statement, a judgment. */
public record CaseDocument(Text title, Text content) {
}
