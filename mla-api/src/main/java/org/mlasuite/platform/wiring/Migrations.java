package org.mlasuite.platform.wiring;

import java.util.List;
import org.flywaydb.core.api.migration.JavaMigration;
import org.mlasuite.drafting.infrastructure.RequestDocumentUpgrade;
import org.mlasuite.drafting.infrastructure.RequestJson;

/**
 * The one list of migrations that SQL cannot express. Every opener of the database, the application and the tests
 * alike, passes this same list: Flyway refuses a database on which a migration was applied that the opener does not
 * know, or that the opener knows but was skipped, so two lists would lock one another out of a shared database.
 */
public final class Migrations {

    private Migrations() {
    }

    public static List<JavaMigration> all(RequestJson json) {
        return List.of(new RequestDocumentUpgrade(json));
    }
}
