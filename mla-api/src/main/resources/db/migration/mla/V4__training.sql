-- The training sandbox: sessions a trainer runs and the exercises trainees draft in them. Kept apart from
-- request_draft on purpose: training work is never mixed with real case data.
CREATE TABLE training_session (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    join_code    VARCHAR(12)  NOT NULL UNIQUE,
    title        VARCHAR(200) NOT NULL,
    trainer      VARCHAR(100) NOT NULL,
    scenario_ids TEXT         NOT NULL,
    created_at   TIMESTAMP    NOT NULL
);

CREATE TABLE training_exercise (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    session_id   VARCHAR(36)  NOT NULL REFERENCES training_session (id),
    trainee      VARCHAR(100) NOT NULL,
    scenario_id  VARCHAR(100) NOT NULL,
    document     TEXT         NOT NULL,
    submitted    BOOLEAN      NOT NULL,
    score        INTEGER,
    max_score    INTEGER,
    grade        TEXT,
    submitted_at TIMESTAMP,
    updated_at   TIMESTAMP    NOT NULL,
    CONSTRAINT training_exercise_once UNIQUE (session_id, trainee, scenario_id)
);
