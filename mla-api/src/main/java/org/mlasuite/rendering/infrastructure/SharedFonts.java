package org.mlasuite.rendering.infrastructure;

import java.awt.Rectangle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.CIDFontType;
import org.apache.fop.fonts.CMapSegment;
import org.apache.fop.fonts.CustomFontCollection;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.EncodingMode;
import org.apache.fop.fonts.FontCollection;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.FontTriplet;
import org.apache.fop.fonts.LazyFont;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.fonts.Typeface;
import org.apache.fop.fonts.truetype.FontFileReader;
import org.apache.fop.fonts.truetype.OFFontLoader;
import org.apache.fop.fonts.truetype.OFTableName;
import org.apache.fop.fonts.truetype.TTFFile;
import org.apache.fop.render.intermediate.EventProducingFilter;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFDocumentHandlerConfigurator;
import org.apache.fop.render.pdf.PDFDocumentHandler;
import org.apache.fop.render.pdf.PDFRendererConfig.PDFRendererConfigParser;
import org.apache.fop.render.pdf.PDFRendererConfigurator;

/**
 * The shipped TrueType fonts, read and parsed once for the life of a FOP factory instead of once per document.
 *
 * <p>FOP builds a new {@link LazyFont} for every configured font in every document, and the first use of each one
 * reads the font file again and parses it completely (character map, metrics, kerning pairs): for a four-page
 * letter in DejaVu that was about a quarter of the rendering time (docs/benchmarks.md). What a document changes
 * in a font is only which glyphs it used (the subset to embed), so this class keeps, per font file, the parsed
 * tables, which nothing writes after parsing, and gives each document a fresh {@link MultiByteFont} built on them,
 * as FOP's own {@code OFFontLoader.buildFont} builds it, with its own glyph subset; the embedded subset is cut
 * from the font bytes kept in memory.
 *
 * <p>Only fonts that {@link #shares} accepts are handled this way (the renderer passes the shipped DejaVu fonts);
 * everything else (the operator's CJK font, which a Latin document must never open) stays FOP's lazy font. Only
 * the factory without complex scripts uses this: with complex scripts FOP attaches the fonts' OpenType layout
 * tables (GSUB, GPOS), which keep an unsynchronized cache and must not be shared between threads. Thread-safe.
 */
final class SharedFonts {

    private final Predicate<URI> shares;
    private final ConcurrentMap<Key, Optional<Parsed>> parsed = new ConcurrentHashMap<>();

    /** @param shares which font files (by their resolved URI) may be parsed once and shared */
    SharedFonts(Predicate<URI> shares) {
        this.shares = shares;
    }

    /**
     * Makes a user agent render PDF through a document handler whose fonts come from this cache. It is the
     * handler FOP's own PDF maker would create, configured and wrapped the same way.
     */
    void install(FOUserAgent agent) {
        PDFDocumentHandler handler = new PDFDocumentHandler(new IFContext(agent)) {
            @Override
            public IFDocumentHandlerConfigurator getConfigurator() {
                return new PDFRendererConfigurator(getUserAgent(), new PDFRendererConfigParser()) {
                    @Override
                    protected FontCollection createCollectionFromFontList(InternalResourceResolver resolver,
                            List<EmbedFontInfo> fontList) {
                        if (getUserAgent().isComplexScriptFeaturesEnabled()) {
                            return new CustomFontCollection(resolver, fontList, true);
                        }
                        return (num, fontInfo) -> setup(num, fontInfo, resolver, fontList);
                    }
                };
            }
        };
        try {
            handler.getConfigurator().configure(handler);
        } catch (FOPException e) {
            throw new IllegalStateException("The PDF renderer configuration cannot be applied", e);
        }
        if (agent.isAccessibilityEnabled()) {
            agent.setStructureTreeEventHandler(handler.getStructureTreeEventHandler());
        }
        IFDocumentHandler filtered = new EventProducingFilter(handler, agent);
        agent.setDocumentHandlerOverride(filtered);
    }

    /** What {@link CustomFontCollection#setup} does, with shared parses where allowed. */
    private int setup(int num, FontInfo fontInfo, InternalResourceResolver resolver, List<EmbedFontInfo> fonts) {
        for (EmbedFontInfo info : fonts) {
            String internalName = "F" + num;
            num++;
            Typeface font = font(info, resolver).orElseGet(() -> new LazyFont(info, resolver, false));
            fontInfo.addMetrics(internalName, font);
            for (FontTriplet triplet : info.getFontTriplets()) {
                fontInfo.addFontProperties(internalName, triplet);
            }
        }
        return num;
    }

    /** A new font for one document built on the shared parse, or empty when this font is not shared. */
    Optional<Typeface> font(EmbedFontInfo info, InternalResourceResolver resolver) {
        if (!eligible(info)) {
            return Optional.empty();
        }
        // URI.resolve, not resolveFromBase: the latter builds a java.net.URL first, and for the tpl: scheme every
        // attempt scans the class path for a URL handler before falling back to URI.resolve
        URI uri = resolver.getBaseURI().resolve(info.getEmbedURI());
        if (!shares.test(uri)) {
            return Optional.empty();
        }
        Key key = new Key(uri, info.getSubFontName(), info.getKerning());
        return parsed.computeIfAbsent(key, k -> parse(k, resolver)).map(p -> p.newFont(info, resolver));
    }

    /** The configurations this class reproduces exactly: an embedded, subset, CID-keyed TrueType font. */
    private static boolean eligible(EmbedFontInfo info) {
        return info.getMetricsURI() == null && info.getEmbedURI() != null && info.isEmbedded()
                && (info.getEmbeddingMode() == null || info.getEmbeddingMode() == EmbeddingMode.AUTO
                        || info.getEmbeddingMode() == EmbeddingMode.SUBSET)
                && (info.getEncodingMode() == null || info.getEncodingMode() != EncodingMode.SINGLE_BYTE)
                && !info.getEmbedURI().getPath().toLowerCase(java.util.Locale.ROOT).endsWith(".pfb");
    }

    private static Optional<Parsed> parse(Key key, InternalResourceResolver resolver) {
        try (InputStream in = resolver.getResource(key.uri())) {
            FontFileReader reader = new FontFileReader(in);
            String header = OFFontLoader.readHeader(reader);
            if ("OTTO".equals(header)) {
                return Optional.empty(); // CFF outlines: left to FOP
            }
            TTFFile ttf = new TTFFile(key.kerning(), false);
            if (!ttf.readFont(reader, header, key.subFont())) {
                return Optional.empty(); // no Unicode cmap: FOP reports it
            }
            if (ttf.getDirectoryEntry(OFTableName.SVG) != null || !ttf.isEmbeddable()) {
                return Optional.empty(); // SVG glyphs or a licence that forbids embedding: FOP handles and reports
            }
            return Optional.of(new Parsed(reader.getAllBytes(), ttf)); // the bytes the parse keeps anyway
        } catch (IOException e) {
            return Optional.empty(); // FOP's lazy font reports the same problem in its own words
        }
    }

    private record Key(URI uri, String subFont, boolean kerning) {
    }

    /** One parsed font file: the tables every document reads, and nothing any document writes. */
    private static final class Parsed {
        private final byte[] bytes;
        private final TTFFile ttf;
        private final int[] widths;
        private final Rectangle[] boxes;
        private final CMapSegment[] cmap;
        private final Map<Integer, Map<Integer, Integer>> kerning;

        Parsed(byte[] bytes, TTFFile ttf) {
            this.bytes = bytes;
            this.ttf = ttf;
            this.widths = ttf.getWidths();
            this.boxes = ttf.getBoundingBoxes();
            this.cmap = ttf.getCMaps().toArray(new CMapSegment[0]);
            this.kerning = ttf.getKerning() == null ? null : Map.copyOf(ttf.getKerning());
        }

        /** As {@code OFFontLoader.buildFont} builds a CID-keyed TrueType font (FOP 2.11). */
        MultiByteFont newFont(EmbedFontInfo info, InternalResourceResolver resolver) {
            URI uri = info.getEmbedURI();
            MultiByteFont font = new InMemoryFont(resolver, bytes);
            font.setIsOTFFile(false);
            font.setTTCName(info.getSubFontName());
            font.setSimulateStyle(info.getSimulateStyle());
            font.setFontURI(uri);
            font.setFontName(ttf.getEmbedFontName().isEmpty() ? ttf.getPostScriptName() : ttf.getEmbedFontName());
            font.setFullName(ttf.getFullName());
            font.setFamilyNames(ttf.getFamilyNames());
            font.setFontSubFamilyName(ttf.getSubFamilyName());
            font.setCapHeight(ttf.getCapHeight());
            font.setXHeight(ttf.getXHeight());
            font.setAscender(ttf.getLowerCaseAscent());
            font.setDescender(ttf.getLowerCaseDescent());
            font.setFontBBox(ttf.getFontBBox());
            font.setUnderlinePosition(ttf.getUnderlinePosition() - ttf.getUnderlineThickness() / 2);
            font.setUnderlineThickness(ttf.getUnderlineThickness());
            font.setStrikeoutPosition(ttf.getStrikeoutPosition() - ttf.getStrikeoutThickness() / 2);
            font.setStrikeoutThickness(ttf.getStrikeoutThickness());
            font.setFlags(ttf.getFlags());
            font.setStemV(Integer.parseInt(ttf.getStemV()));
            font.setItalicAngle(Integer.parseInt(ttf.getItalicAngle()));
            font.setMissingWidth(0);
            font.setWeight(ttf.getWeightClass());
            font.setCIDType(CIDFontType.CIDTYPE2);
            font.setWidthArray(widths);
            font.setBBoxArray(boxes);
            font.setCMap(cmap);
            if (kerning != null && info.getKerning()) {
                font.replaceKerningMap(kerning);
            }
            font.setEmbedURI(uri);
            return font;
        }
    }

    /** A document's font whose embedded subset is cut from the shared bytes instead of reading the file again. */
    private static final class InMemoryFont extends MultiByteFont {
        private final byte[] bytes;

        InMemoryFont(InternalResourceResolver resolver, byte[] bytes) {
            super(resolver, EmbeddingMode.SUBSET);
            this.bytes = Objects.requireNonNull(bytes);
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(bytes);
        }
    }
}
