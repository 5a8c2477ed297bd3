-- The central authority's register of received (and sent) requests. The request document, deadlines and review
-- decisions are JSON in text columns (portable between H2 2.x and PostgreSQL); the columns beside them are copies
-- for listing and statistics. Events are append-only.
CREATE TABLE register_entry (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    version           BIGINT       NOT NULL,
    register_number   VARCHAR(20)  NOT NULL UNIQUE,
    direction         VARCHAR(10)  NOT NULL,
    source            VARCHAR(12)  NOT NULL,
    received_on       DATE         NOT NULL,
    requesting_state  VARCHAR(3),
    requested_state   VARCHAR(3),
    type              VARCHAR(30),
    their_reference   VARCHAR(200),
    subject           VARCHAR(300),
    status            VARCHAR(40)  NOT NULL,
    assignee          VARCHAR(100),
    document          TEXT,
    original_name     VARCHAR(255),
    original_type     VARCHAR(100),
    original_sha256   VARCHAR(64),
    original_size     BIGINT,
    fingerprint       VARCHAR(64),
    fingerprint_check VARCHAR(20)  NOT NULL,
    deadlines         TEXT         NOT NULL,
    decisions         TEXT         NOT NULL,
    closed_on         DATE,
    created_at        TIMESTAMP    NOT NULL,
    updated_at        TIMESTAMP    NOT NULL
);

CREATE INDEX register_entry_status ON register_entry (status);
CREATE INDEX register_entry_received ON register_entry (received_on DESC);

CREATE TABLE register_event (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    entry_id    VARCHAR(36)  NOT NULL REFERENCES register_entry (id),
    seq         INTEGER      NOT NULL,
    occurred_at TIMESTAMP    NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    from_status VARCHAR(40),
    to_status   VARCHAR(40),
    note        TEXT
);

CREATE UNIQUE INDEX register_event_entry ON register_event (entry_id, seq);

-- The original file, base64 in a text column: H2 and PostgreSQL share no binary column type that both map alike.
CREATE TABLE register_file (
    entry_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES register_entry (id),
    content  TEXT        NOT NULL
);

-- Register numbers per year and direction, taken under a row lock so that two officers never get the same one.
CREATE TABLE register_counter (
    name  VARCHAR(20) NOT NULL PRIMARY KEY,
    last_number BIGINT NOT NULL
);
