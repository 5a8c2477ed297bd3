package org.mlasuite.incoming.infrastructure;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.text.PDFTextStripper;
import org.mlasuite.incoming.application.IntakeRefused;
import org.mlasuite.incoming.application.SuitePdfs;
import org.mlasuite.incoming.domain.FingerprintCheck;

/**
 * Reads a PDF made by this suite: the request JSON it carries as the attachment {@code request.json}, and the
 * fingerprint printed in its footer. The fingerprint is recomputed from the attachment's bytes; a PDF whose
 * attachment and print disagree was altered after it was made.
 */
public final class SuitePdfReader implements SuitePdfs {

    /** The attachment name the templates give the request JSON. */
    public static final String ATTACHMENT = "request.json";
    private static final Pattern SHA256 = Pattern.compile("\\b[0-9a-f]{64}\\b");
    private static final long MAX_ATTACHMENT = 8L * 1024 * 1024;

    @Override
    public Embedded read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(64L * 1024 * 1024).streamCache)) {
            Optional<byte[]> json = attachment(document);
            if (json.isEmpty()) {
                return new Embedded(Optional.empty(), null, FingerprintCheck.ABSENT);
            }
            String computed = sha256(json.get());
            Set<String> printed = printedFingerprints(document);
            FingerprintCheck check = printed.isEmpty() ? FingerprintCheck.ABSENT
                    : printed.contains(computed) ? FingerprintCheck.VERIFIED : FingerprintCheck.MISMATCH;
            return new Embedded(json, computed, check);
        } catch (IOException e) {
            throw new IntakeRefused("file", "The file is not a readable PDF: " + e.getMessage());
        }
    }

    private static Optional<byte[]> attachment(PDDocument document) throws IOException {
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
        if (tree == null) {
            return Optional.empty();
        }
        Map<String, PDComplexFileSpecification> files = tree.getNames();
        if (files == null && tree.getKids() != null) {
            files = new java.util.LinkedHashMap<>();
            for (var kid : tree.getKids()) {
                if (kid.getNames() != null) {
                    files.putAll(kid.getNames());
                }
            }
        }
        if (files == null) {
            return Optional.empty();
        }
        for (PDComplexFileSpecification spec : files.values()) {
            if (ATTACHMENT.equals(spec.getFilename()) || ATTACHMENT.equals(spec.getFileUnicode())) {
                PDEmbeddedFile file = spec.getEmbeddedFileUnicode() != null ? spec.getEmbeddedFileUnicode() : spec.getEmbeddedFile();
                if (file == null) {
                    return Optional.empty();
                }
                if (file.getLength() > MAX_ATTACHMENT) {
                    throw new IOException("the embedded request is larger than 8 MB");
                }
                return Optional.of(file.toByteArray());
            }
        }
        return Optional.empty();
    }

    private static Set<String> printedFingerprints(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        String text = stripper.getText(document).replaceAll("\\s+", " ");
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = SHA256.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
