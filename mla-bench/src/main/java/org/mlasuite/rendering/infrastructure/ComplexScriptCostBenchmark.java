package org.mlasuite.rendering.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.mlasuite.rendering.application.RenderInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What FOP's complex-script support would cost an English letter: the same XSL-FO rendered by the factory
 * without it (what English uses) and by the one with it (what Arabic uses). This is why there are two factories.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ComplexScriptCostBenchmark {

    private FopDocumentRenderer renderer;
    private byte[] fo;

    @Setup
    public void setUp() throws Exception {
        renderer = new FopDocumentRenderer(ComplexScriptCostBenchmark.class.getClassLoader());
        RenderInput input = RenderBenchmark.reference(renderer, "en");
        fo = renderer.transform(renderer.templates(FopDocumentRenderer.LETTER_TEMPLATE), FopDocumentRenderer.xml(input), "en")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public byte[] englishWithoutComplexScripts() {
        return renderer.renderFo(fo, "en");
    }

    @Benchmark
    public byte[] englishWithComplexScripts() {
        return renderer.renderFoWithComplexScripts(fo);
    }
}
