-- Why deliveries failed, written by the silo whose subscriber threw and read by the silo whose pulling agent gives up
-- on the delivery (they can differ), so a dead letter says why it died. Only failures write here.
-- Idempotent: safe to apply on every start.
CREATE TABLE IF NOT EXISTS keel_stream_failure_reasons
(
    service_id       text        NOT NULL,
    provider         text        NOT NULL,
    stream_namespace text        NOT NULL,
    stream_key       text        NOT NULL,
    delivery         bigint      NOT NULL,
    reason           text        NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, provider, stream_namespace, stream_key, delivery)
);

CREATE INDEX IF NOT EXISTS keel_stream_failure_reasons_age_ix ON keel_stream_failure_reasons (recorded_at);
