package org.mlasuite.drafting.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.mlasuite.platform.json.Json;

/** The samples shipped in samples/, one file per cooperation type, read once. */
@ApplicationScoped
public class Samples {

    public static final List<String> RESOURCES = List.of("samples/mla.json", "samples/extradition.json",
            "samples/provisional-arrest.json", "samples/confiscation.json");

    private volatile List<Sample> samples;

    public List<Sample> all() {
        List<Sample> current = samples;
        if (current == null) {
            current = read(Samples.class.getClassLoader());
            samples = current;
        }
        return current;
    }

    public static List<Sample> read(ClassLoader loader) {
        List<Sample> all = new ArrayList<>();
        for (String resource : RESOURCES) {
            all.addAll(read(loader, resource));
        }
        return List.copyOf(all);
    }

    private static List<Sample> read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource); Jsonb jsonb = Json.create()) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            Type type = new ArrayList<Sample>() { }.getClass().getGenericSuperclass();
            return jsonb.<List<Sample>>fromJson(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
