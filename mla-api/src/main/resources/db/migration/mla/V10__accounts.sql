-- Accounts, their roles and their personal API tokens. Passwords and tokens are stored only as hashes:
-- password_hash is "pbkdf2-sha256$<iterations>$<salt>$<key>" (Base64), token_sha256 the hex SHA-256 of a
-- 256-bit random token. Usernames are never reused (accounts are disabled, not deleted), because drafts and
-- audit events name their owner and actor by username. Portable between H2 2.x and PostgreSQL.
CREATE TABLE account (
    id                   VARCHAR(36)  NOT NULL PRIMARY KEY,
    username             VARCHAR(64)  NOT NULL,
    display_name         VARCHAR(200),
    password_hash        VARCHAR(200) NOT NULL,
    state_code           VARCHAR(3),
    enabled              BOOLEAN      NOT NULL,
    failed_logins        INTEGER      NOT NULL,
    failure_window_start TIMESTAMP,
    locked_until         TIMESTAMP,
    created_at           TIMESTAMP    NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT account_username UNIQUE (username)
);

CREATE TABLE account_role (
    account_id VARCHAR(36) NOT NULL REFERENCES account (id),
    role       VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE api_token (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id   VARCHAR(36)  NOT NULL REFERENCES account (id),
    name         VARCHAR(100) NOT NULL,
    token_sha256 VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    expires_at   TIMESTAMP    NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at   TIMESTAMP,
    CONSTRAINT api_token_hash UNIQUE (token_sha256)
);

CREATE INDEX api_token_account ON api_token (account_id);
