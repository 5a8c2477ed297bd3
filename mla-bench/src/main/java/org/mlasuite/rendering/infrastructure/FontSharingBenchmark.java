package org.mlasuite.rendering.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.mlasuite.rendering.application.RenderInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What parsing the shipped fonts once saves: the same XSL-FO of the reference letter rendered by the factory
 * without complex scripts with the fonts of {@link SharedFonts} (what the renderer does) and with FOP's own font
 * loading, which reads and parses every font file again for each document (what it did before).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FontSharingBenchmark {

    @Param({"en", "ru"})
    public String language;

    private FopDocumentRenderer renderer;
    private byte[] fo;

    @Setup
    public void setUp() throws Exception {
        renderer = new FopDocumentRenderer(FontSharingBenchmark.class.getClassLoader());
        RenderInput input = RenderBenchmark.reference(renderer, language);
        fo = renderer.transform(renderer.templates(FopDocumentRenderer.LETTER_TEMPLATE), FopDocumentRenderer.xml(input), language)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public byte[] sharedFonts() {
        return renderer.renderFo(fo, language);
    }

    @Benchmark
    public byte[] fopFontLoading() {
        return renderer.renderFoWithoutSharedFonts(fo);
    }
}
