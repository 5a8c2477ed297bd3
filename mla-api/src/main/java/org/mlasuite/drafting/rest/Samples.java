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

/** The samples shipped in samples/requests.json, read once. */
@ApplicationScoped
public class Samples {

    public static final String RESOURCE = "samples/requests.json";

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
        try (InputStream in = loader.getResourceAsStream(RESOURCE); Jsonb jsonb = Json.create()) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            Type type = new ArrayList<Sample>() { }.getClass().getGenericSuperclass();
            return List.copyOf(jsonb.<List<Sample>>fromJson(in, type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
