package org.mlasuite.platform.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mlasuite.identity.application.FirstAdministrator;
import org.mlasuite.platform.persistence.Database;

/**
 * At start, makes sure an administrator can exist without any default password: from MLA_ADMIN_USER and
 * MLA_ADMIN_PASSWORD (environment, or any MicroProfile Config source) if no administrator exists, otherwise by
 * printing a one-time setup token. The password is read here and nowhere else, and never logged.
 */
@ApplicationScoped
public class IdentityStartup {

    private static final Logger LOG = Logger.getLogger(IdentityStartup.class.getName());

    @Inject
    Database database;

    @Inject
    FirstAdministrator first;

    @Inject
    @ConfigProperty(name = "mla.admin.user")
    Optional<String> adminUser;

    @Inject
    @ConfigProperty(name = "mla.admin.password")
    Optional<String> adminPassword;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!database.open()) {
            LOG.severe("No administrator check was possible: the database is unreachable. Restart once it is reachable.");
            return;
        }
        try {
            first.ensure(adminUser.filter(s -> !s.isBlank()), adminPassword.filter(s -> !s.isBlank()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not create the first administrator: {0}", e.getMessage());
        }
    }
}
