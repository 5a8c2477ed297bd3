package org.mlasuite.rendering.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Reads a PDF back: its text, fonts, attachments, and what veraPDF thinks of it as PDF/A-3b. */
public final class Pdfs {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Pdfs() {
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /**
     * The glyphs of every page as they are laid out, line by line from the top and left to right within a line,
     * without spaces and without the bidi reordering {@link #text} applies. In a right-to-left document that
     * reordering scrambles left-to-right runs set inside a right-to-left line (a score "12 / 12 (100 %)", a date);
     * read visually they come out as the reader sees them. Normalised as {@code MultilingualRenderingTest.comparable}
     * does (NFKC, so a no-break space is a space, and spaces are dropped).
     */
    public static String visualText(byte[] pdf) throws IOException {
        StringBuilder out = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                List<TextPosition> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        glyphs.add(text);
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(doc);
                glyphs.sort(java.util.Comparator.comparingDouble(TextPosition::getYDirAdj));
                List<List<TextPosition>> lines = new ArrayList<>();
                for (TextPosition g : glyphs) {
                    if (lines.isEmpty() || Math.abs(lines.get(lines.size() - 1).get(0).getYDirAdj() - g.getYDirAdj()) > 1f) {
                        lines.add(new ArrayList<>());
                    }
                    lines.get(lines.size() - 1).add(g);
                }
                for (List<TextPosition> line : lines) {
                    line.sort(java.util.Comparator.comparingDouble(TextPosition::getXDirAdj));
                    line.forEach(g -> out.append(java.text.Normalizer.normalize(g.getUnicode(), java.text.Normalizer.Form.NFKC)
                            .replaceAll("\\s+", "")));
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** Names of fonts used on any page that are not embedded; empty when all are. */
    public static List<String> unembeddedFonts(byte[] pdf) throws IOException {
        List<String> missing = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (!font.isEmbedded()) {
                        missing.add(font.getName());
                    }
                }
            }
        }
        return missing;
    }

    /** Base names of the fonts used on any page; a subset carries a six-letter tag, as in "ABCDEF+DejaVuSans". */
    public static List<String> fontNames(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    String font = resources.getFont(name).getName();
                    if (!names.contains(font)) {
                        names.add(font);
                    }
                }
            }
        }
        return names;
    }

    /** The document language in the catalogue (/Lang), or null. */
    public static String catalogLanguage(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getDocumentCatalog().getLanguage();
        }
    }

    /** The XMP metadata packet as text, or empty. */
    public static String xmp(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var metadata = doc.getDocumentCatalog().getMetadata();
            return metadata == null ? "" : new String(metadata.toByteArray(), StandardCharsets.UTF_8);
        }
    }

    /** A page drawn as an RGB image at the given resolution; page numbers start at 0. */
    public static BufferedImage image(byte[] pdf, int page, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.RGB);
        }
    }

    /**
     * The box, in PDF points from the top-left of the page, around the first run of text set at a font size
     * (within 0.05 pt) on a page; null if there is none. A way to find "the title" or "the first heading" without
     * depending on how the text extracts, which for shaped Arabic is in presentation forms.
     */
    public static Rectangle2D textBox(byte[] pdf, int page, float fontSize) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<TextPosition> found = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (found.isEmpty() || sameLine(found.get(0), positions)) {
                        for (TextPosition p : positions) {
                            if (Math.abs(p.getFontSize() - fontSize) < 0.05f && (found.isEmpty() || sameLine(found.get(0), List.of(p)))) {
                                found.add(p);
                            }
                        }
                    }
                }
            };
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            stripper.getText(doc);
            if (found.isEmpty()) {
                return null;
            }
            double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, top = Double.MAX_VALUE, bottom = -Double.MAX_VALUE;
            for (TextPosition p : found) {
                minX = Math.min(minX, p.getXDirAdj());
                maxX = Math.max(maxX, p.getXDirAdj() + p.getWidthDirAdj());
                top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                bottom = Math.max(bottom, p.getYDirAdj());
            }
            return new Rectangle2D.Double(minX, top, maxX - minX, bottom - top);
        }
    }

    private static boolean sameLine(TextPosition first, List<TextPosition> positions) {
        return positions.stream().anyMatch(p -> Math.abs(p.getYDirAdj() - first.getYDirAdj()) < 1f);
    }

    public static int fontCount(byte[] pdf) throws IOException {
        int count = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName ignored : page.getResources().getFontNames()) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The content of the embedded file with the given name. */
    public static String attachment(byte[] pdf, String name) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            PDEmbeddedFilesNameTreeNode files = names == null ? null : names.getEmbeddedFiles();
            if (files == null || files.getNames() == null) {
                throw new AssertionError("The PDF has no embedded files");
            }
            PDComplexFileSpecification spec = files.getNames().get(name);
            if (spec == null) {
                throw new AssertionError("No embedded file " + name + " in " + files.getNames().keySet());
            }
            return new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
        }
    }

    /** veraPDF's verdict for PDF/A-3b: the failed rules, empty when compliant. */
    public static List<String> pdfa3bFailures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            if (!result.isCompliant()) {
                for (TestAssertion a : result.getTestAssertions()) {
                    if (a.getStatus() == TestAssertion.Status.FAILED) {
                        failures.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage());
                    }
                }
                if (failures.isEmpty()) {
                    failures.add("not compliant");
                }
            }
            return failures;
        }
    }
}
