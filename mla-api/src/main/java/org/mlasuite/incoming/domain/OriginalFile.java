package org.mlasuite.incoming.domain;

/** The file as received (a PDF made by the suite, or a scan), kept unchanged and identified by its SHA-256. */
public record OriginalFile(String name, String mediaType, String sha256, long size) {
}
