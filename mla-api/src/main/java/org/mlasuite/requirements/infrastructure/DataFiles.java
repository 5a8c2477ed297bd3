package org.mlasuite.requirements.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The data directory, whether it is a folder on disk (tests, development) or a folder inside a jar (deployed). */
public final class DataFiles {

    /** The folder name under which the build ships legal-requirements/ on the classpath. */
    public static final String CLASSPATH_ROOT = "legal-requirements";

    private final Path root;

    private DataFiles(Path root) {
        this.root = root;
    }

    public static DataFiles at(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("No legal-requirements folder at " + root);
        }
        return new DataFiles(root);
    }

    /** The copy shipped on the classpath of the given loader. */
    public static DataFiles onClasspath(ClassLoader loader) {
        URL marker = loader.getResource(CLASSPATH_ROOT + "/schema/state.schema.json");
        if (marker == null) {
            throw new IllegalStateException("legal-requirements/ is not on the classpath: the build did not package the data.");
        }
        try {
            URI uri = marker.toURI();
            Path schema;
            if ("jar".equals(uri.getScheme())) {
                schema = jarFileSystem(uri).provider().getPath(uri);
            } else {
                schema = Path.of(uri);
            }
            return new DataFiles(schema.getParent().getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read the data at " + marker, e);
        }
    }

    private static java.nio.file.FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            try {
                return FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException raced) {
                return FileSystems.getFileSystem(uri);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        }
    }

    public Path root() {
        return root;
    }

    /** The YAML files of a folder, sorted by name so that every load sees them in the same order. */
    public List<Path> yamlFiles(String folder) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path relative to the data root, for messages a data editor recognises. */
    public String name(Path file) {
        return root.relativize(file).toString();
    }
}
