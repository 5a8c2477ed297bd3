package org.mlasuite.platform.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import java.util.List;

/**
 * Opens the database: runs the Flyway migrations, then creates the persistence unit. If the database cannot be
 * reached it records why, and tries again on the next use after a pause, so that one outage costs one log line,
 * not a failed deployment.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(10);

    private final DatabaseSettings settings;
    private final Clock clock;
    private volatile EntityManagerFactory factory;
    private volatile String problem = "not opened yet";
    private volatile Instant lastAttempt = Instant.MIN;

    private final List<JavaMigration> javaMigrations;

    /** {@code javaMigrations} are the migrations SQL cannot express (rewriting stored JSON), run in version order with the SQL ones. */
    public Database(DatabaseSettings settings, Clock clock, List<JavaMigration> javaMigrations) {
        this.settings = settings;
        this.clock = clock;
        this.javaMigrations = List.copyOf(javaMigrations);
    }

    /** Tries to open the database now; returns whether it is open. */
    public synchronized boolean open() {
        if (factory != null) {
            return true;
        }
        lastAttempt = clock.instant();
        try {
            if (settings.embedded()) {
                Files.createDirectories(settings.dataDirectory());
            }
            ClassLoader loader = Database.class.getClassLoader();
            Flyway.configure(loader)
                    .dataSource(settings.url(), settings.user(), settings.password())
                    .locations("classpath:db/migration/mla")
                    .javaMigrations(javaMigrations.toArray(JavaMigration[]::new))
                    .connectRetries(0)
                    .load()
                    .migrate();
            Map<String, Object> properties = new HashMap<>();
            properties.put(PersistenceUnitProperties.ECLIPSELINK_PERSISTENCE_XML, "META-INF/mla-persistence.xml");
            properties.put(PersistenceUnitProperties.CLASSLOADER, loader);
            properties.put(PersistenceUnitProperties.JDBC_DRIVER, settings.driver());
            properties.put(PersistenceUnitProperties.JDBC_URL, settings.url());
            properties.put(PersistenceUnitProperties.JDBC_USER, settings.user());
            properties.put(PersistenceUnitProperties.JDBC_PASSWORD, settings.password());
            properties.put(PersistenceUnitProperties.CONNECTION_POOL_MIN, "1");
            properties.put(PersistenceUnitProperties.CONNECTION_POOL_INITIAL, "1");
            properties.put(PersistenceUnitProperties.CONNECTION_POOL_MAX, "16");
            EntityManagerFactory created = new PersistenceProvider().createEntityManagerFactory("mla", properties);
            if (created == null) {
                throw new IllegalStateException("persistence unit 'mla' not found in META-INF/mla-persistence.xml");
            }
            // connect now, so that a bad password is found at start and not at the first user's request
            created.createEntityManager().close();
            factory = created;
            problem = null;
            LOG.info(() -> "Database ready at " + settings.safeUrl());
            return true;
        } catch (Exception e) {
            problem = rootMessage(e);
            LOG.log(Level.SEVERE, "Database unreachable at {0}: {1}. Stored requests are unavailable (HTTP 503) "
                    + "and readiness is DOWN until it can be reached.", new Object[] {settings.safeUrl(), problem});
            return false;
        }
    }

    /** The persistence unit, opening the database first if it was not reachable before. */
    public EntityManagerFactory factory() {
        EntityManagerFactory current = factory;
        if (current != null) {
            return current;
        }
        if (Duration.between(lastAttempt, clock.instant()).compareTo(RETRY_PAUSE) >= 0 && open()) {
            return factory;
        }
        throw new DatabaseUnavailable(problem);
    }

    public boolean isOpen() {
        return factory != null;
    }

    /** Why the database is not open, or null when it is. */
    public String problem() {
        return problem;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public synchronized void close() {
        if (factory != null) {
            factory.close();
            factory = null;
            problem = "closed";
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
