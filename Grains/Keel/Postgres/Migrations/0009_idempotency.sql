-- Idempotency-Key: the outcome of each keyed command, so a retry with the same key gets the same answer without the
-- command running again. A row without a status is a command still running (or whose process died: after its lease
-- a retry with the same request takes it over). Rows are deleted after expires_at.
CREATE TABLE IF NOT EXISTS keel_idempotency
(
    service_id   text        NOT NULL,
    scope        text        NOT NULL,
    key          text        NOT NULL,
    fingerprint  bytea       NOT NULL,
    status       integer     NULL,
    location     text        NULL,
    content_type text        NULL,
    body         bytea       NULL,
    lease_until  timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    PRIMARY KEY (service_id, scope, key)
);

CREATE INDEX IF NOT EXISTS keel_idempotency_expiry_ix ON keel_idempotency (service_id, expires_at);
