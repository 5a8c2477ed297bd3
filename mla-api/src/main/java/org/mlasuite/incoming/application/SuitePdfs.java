package org.mlasuite.incoming.application;

import java.util.Optional;
import org.mlasuite.incoming.domain.FingerprintCheck;

/** Reads the request a PDF made by the suite carries (implemented with PDFBox in infrastructure). */
public interface SuitePdfs {

    /** The embedded request JSON, its recomputed SHA-256, and how it compares with the printed fingerprint. */
    record Embedded(Optional<byte[]> json, String fingerprint, FingerprintCheck check) {
    }

    /** @throws IntakeRefused when the bytes are not a readable PDF */
    Embedded read(byte[] pdf);
}
