package org.mlasuite.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.rest.Sample;
import org.mlasuite.drafting.rest.Samples;
import org.mlasuite.requirements.domain.RequirementsCatalog;
import org.mlasuite.requirements.infrastructure.CatalogLoader;
import org.mlasuite.requirements.infrastructure.DataFiles;

/** Shared fixtures: the real data and the shipped samples. */
public final class TestData {

    private static RequirementsCatalog catalog;

    private TestData() {
    }

    /** The repository's legal-requirements/ folder, as edited (not the copy on the classpath). */
    public static Path dataRoot() {
        return Path.of("..", "legal-requirements").toAbsolutePath().normalize();
    }

    public static synchronized RequirementsCatalog catalog() {
        if (catalog == null) {
            catalog = new CatalogLoader(DataFiles.at(dataRoot()), 3650, Clock.systemUTC()).load();
        }
        return catalog;
    }

    private static List<Sample> samples;

    public static synchronized List<Sample> samples() {
        if (samples == null) {
            samples = Samples.read(TestData.class.getClassLoader());
        }
        return samples;
    }

    public static RequestDocument sample(String id) {
        return samples().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().document();
    }
}
