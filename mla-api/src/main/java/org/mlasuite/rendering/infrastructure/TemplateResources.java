package org.mlasuite.rendering.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.URIResolver;
import javax.xml.transform.stream.StreamSource;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * The only door through which XSLT and FOP reach resources. It serves files under templates/ on the classpath
 * (as {@code tpl:/xsl/...}, {@code tpl:/strings/...}), the shipped DejaVu fonts (as {@code tpl:/fonts/...}), the
 * one CJK font file the operator configured (as {@code tpl:/fonts/cjk.ttc}; no CJK font is served by Maven
 * Central, see templates/README.md) and {@code data:} URIs of the attachments the renderer itself writes.
 * Everything else (file:, http:, jar:, paths escaping the template root) is refused, so no template or user text
 * can make the engines read a file or URL.
 */
public final class TemplateResources implements URIResolver, ResourceResolver {

    public static final URI BASE = URI.create("tpl:/");

    private static final String TEMPLATE_ROOT = "templates/";
    private static final String FONT_ROOT = "net/sf/jasperreports/fonts/dejavu/";
    private static final Pattern FONT = Pattern.compile("DejaVu(Sans|Serif|SansMono)(-[A-Za-z]+)?\\.ttf");
    private static final Pattern TEMPLATE_PATH = Pattern.compile("(xsl|strings)/[a-z0-9/_-]+\\.(xsl|xml)|fop\\.xconf");
    private static final Set<String> ATTACHMENT_TYPES = Set.of("application/json");

    /** Where templates/fop.xconf expects the CJK font; the only name that maps outside the classpath. */
    static final String CJK_FONT = "fonts/cjk.ttc";

    private final ClassLoader loader;
    private final Path cjkFont;

    /** Templates and fonts from the classpath, without a CJK font. */
    public TemplateResources(ClassLoader loader) {
        this(loader, null);
    }

    /**
     * @param cjkFont the TrueType collection that renders Chinese (WenQuanYi Micro Hei), or null;
     *                a deployment setting, never taken from a template or a request
     */
    public TemplateResources(ClassLoader loader, Path cjkFont) {
        this.loader = loader;
        this.cjkFont = cjkFont == null ? null : cjkFont.toAbsolutePath().normalize();
    }

    /** The configured CJK font file when it exists and can be read. */
    public java.util.Optional<Path> cjkFont() {
        return cjkFont != null && Files.isRegularFile(cjkFont) && Files.isReadable(cjkFont)
                ? java.util.Optional.of(cjkFont) : java.util.Optional.empty();
    }

    /** The configured CJK font path, whether or not it exists; for messages. */
    String cjkFontSetting() {
        return cjkFont == null ? "(not configured)" : cjkFont.toString();
    }

    /**
     * Whether a URI names one of the fonts shipped on the classpath (DejaVu), as opposed to the operator's CJK font
     * or anything else; the renderer parses these once and shares them between documents.
     */
    boolean isShippedFont(URI uri) {
        if (!"tpl".equals(uri.getScheme()) || uri.getAuthority() != null || uri.getPath() == null) {
            return false;
        }
        String path = uri.normalize().getPath();
        return path.startsWith("/fonts/") && !path.contains("..")
                && FONT.matcher(path.substring("/fonts/".length())).matches();
    }

    /** Opens a template file by its path under templates/, for example {@code xsl/mla-request.xsl}. */
    public StreamSource template(String path) throws IOException {
        URI uri = BASE.resolve(path);
        StreamSource source = new StreamSource(open(uri), uri.toString());
        return source;
    }

    @Override
    public Source resolve(String href, String base) throws TransformerException {
        try {
            URI uri = (base == null || base.isEmpty() ? BASE : new URI(base)).resolve(new URI(href));
            return new StreamSource(open(uri), uri.toString());
        } catch (URISyntaxException | IOException e) {
            throw new TransformerException("Refused to read '" + href + "': " + e.getMessage());
        }
    }

    @Override
    public Resource getResource(URI uri) throws IOException {
        if ("data".equals(uri.getScheme())) {
            return new Resource(dataUri(uri.toString()));
        }
        return new Resource(open(uri));
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        throw new IOException("Refused to write " + uri);
    }

    private InputStream open(URI uri) throws IOException {
        if (!"tpl".equals(uri.getScheme()) || uri.getAuthority() != null || uri.getPath() == null) {
            throw new IOException("Refused: " + uri + " is not a shipped template or font");
        }
        String path = uri.normalize().getPath();
        if (!path.startsWith("/") || path.contains("..")) {
            throw new IOException("Refused: " + uri + " escapes the template root");
        }
        path = path.substring(1);
        if (path.equals(CJK_FONT)) {
            Path font = cjkFont().orElseThrow(() -> new IOException("No CJK font at " + cjkFontSetting()
                    + ": install Debian's fonts-wqy-microhei or set mla.fonts.cjk (MLA_FONTS_CJK) to its wqy-microhei.ttc"));
            return Files.newInputStream(font);
        }
        String resource;
        if (path.startsWith("fonts/") && FONT.matcher(path.substring("fonts/".length())).matches()) {
            resource = FONT_ROOT + path.substring("fonts/".length());
        } else if (TEMPLATE_PATH.matcher(path).matches()) {
            resource = TEMPLATE_ROOT + path;
        } else {
            throw new IOException("Refused: " + uri + " is not a shipped template or font");
        }
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Missing shipped resource " + resource);
        }
        return in;
    }

    /** Decodes a base64 data URI of an allowed type, as the renderer writes them for attachments. */
    private static InputStream dataUri(String uri) throws IOException {
        int comma = uri.indexOf(',');
        String header = comma < 0 ? "" : uri.substring("data:".length(), comma);
        if (!header.endsWith(";base64") || !ATTACHMENT_TYPES.contains(header.substring(0, header.length() - ";base64".length()))) {
            throw new IOException("Refused data URI of type '" + header + "'");
        }
        try {
            return new ByteArrayInputStream(Base64.getDecoder().decode(uri.substring(comma + 1)));
        } catch (IllegalArgumentException e) {
            throw new IOException("Malformed data URI", e);
        }
    }
}
