package org.mlasuite.drafting.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.mlasuite.drafting.domain.RequestDocument;

/**
 * Migration 2: rewrites every stored draft of schema version 1 as version 2. Reading a version 1 document yields
 * the version 2 record (see {@link RequestDocument}), so the rewrite is read-then-write through the same JSON
 * binding the API uses; the draft's version is raised so that clients holding an old ETag re-read it.
 */
public final class RequestDocumentUpgrade implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(RequestDocumentUpgrade.class.getName());

    private final RequestJson json;

    public RequestDocumentUpgrade(RequestJson json) {
        this.json = json;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "request documents v2";
    }

    @Override
    public Integer getChecksum() {
        return 2;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, document FROM request_draft WHERE schema_version < ?")) {
            select.setInt(1, RequestDocument.CURRENT_SCHEMA_VERSION);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE request_draft SET document = ?, schema_version = ?, version = version + 1 WHERE id = ?")) {
            for (String[] row : rows) {
                RequestDocument upgraded = json.read(row[1]);
                update.setString(1, json.write(upgraded));
                update.setInt(2, upgraded.schemaVersion());
                update.setString(3, row[0]);
                update.addBatch();
            }
            if (!rows.isEmpty()) {
                update.executeBatch();
            }
        }
        LOG.info(() -> "Upgraded " + rows.size() + " stored drafts to request schema version " + RequestDocument.CURRENT_SCHEMA_VERSION);
    }
}
