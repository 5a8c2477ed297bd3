-- Drafts of requests. The document column holds the request JSON exactly as accepted; the other columns are
-- copies of a few of its fields, for listing and searching. Portable between H2 2.x and PostgreSQL.
CREATE TABLE request_draft (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    type             VARCHAR(30)  NOT NULL,
    title            VARCHAR(200),
    requesting_state VARCHAR(3)   NOT NULL,
    requested_state  VARCHAR(3)   NOT NULL,
    schema_version   INTEGER      NOT NULL,
    document         TEXT         NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    updated_at       TIMESTAMP    NOT NULL
);

CREATE INDEX request_draft_updated ON request_draft (updated_at DESC);
