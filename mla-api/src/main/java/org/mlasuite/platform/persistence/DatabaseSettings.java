package org.mlasuite.platform.persistence;

import java.nio.file.Path;

/**
 * Where the data lives. With no URL configured, an embedded H2 file database in the data directory: it survives
 * restarts and opens no network port (no AUTO_SERVER, no TCP server). Otherwise the configured JDBC URL, for
 * example PostgreSQL.
 */
public record DatabaseSettings(String url, String user, String password, Path dataDirectory) {

    public static DatabaseSettings of(String url, String user, String password, String dataDirectory) {
        Path dir = Path.of(dataDirectory == null || dataDirectory.isBlank() ? "data" : dataDirectory).toAbsolutePath().normalize();
        boolean embedded = url == null || url.isBlank();
        return new DatabaseSettings(embedded ? "jdbc:h2:file:" + dir.resolve("mla") + ";DB_CLOSE_ON_EXIT=FALSE" : url,
                embedded ? "mla" : user, embedded ? "" : password, dir);
    }

    public boolean embedded() {
        return url.startsWith("jdbc:h2:");
    }

    public String driver() {
        if (url.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        throw new IllegalArgumentException("Unsupported database URL; use jdbc:postgresql:... or leave it empty for the embedded database.");
    }

    /** The URL without credentials, for log lines. */
    public String safeUrl() {
        return url.replaceAll("(?i)(password|user)=[^;&]*", "$1=***");
    }
}
