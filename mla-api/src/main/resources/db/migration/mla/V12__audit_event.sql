-- The audit trail: append-only. The application has no update or delete path for these rows; in production,
-- grant the application's database role only INSERT and SELECT on this table (see SECURITY.md).
-- content_sha256 is the SHA-256 of the request JSON concerned, the same fingerprint the PDF footer shows.
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE audit_event (
    id             BIGINT       NOT NULL PRIMARY KEY,
    at             TIMESTAMP    NOT NULL,
    actor          VARCHAR(64)  NOT NULL,
    action         VARCHAR(40)  NOT NULL,
    object_type    VARCHAR(40),
    object_id      VARCHAR(64),
    content_sha256 VARCHAR(64),
    outcome        VARCHAR(20)  NOT NULL,
    detail         VARCHAR(500)
);

CREATE INDEX audit_event_object ON audit_event (object_type, object_id);
CREATE INDEX audit_event_at ON audit_event (at);
