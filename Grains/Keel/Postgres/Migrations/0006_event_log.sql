-- Keel's event log: the record of every aggregate, the outbox and the source of the event streams.
-- Idempotent: safe to apply on every start.

-- One row per event. (service_id, stream, version) is the optimistic-concurrency check: an append whose first
-- version is taken fails, nothing is overwritten. Rows with a partition are delivered to subscriptions: receivers
-- read them per partition in (tx_id, position) order, and only from transactions older than every transaction
-- still running, so an append that commits late is never skipped by a reader that already saw later positions.
CREATE TABLE IF NOT EXISTS keel_events
(
    service_id       text        NOT NULL,
    stream           text        NOT NULL,
    version          bigint      NOT NULL,
    position         bigint      GENERATED ALWAYS AS IDENTITY,
    tx_id            bigint      NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
    partition        integer     NULL,
    stream_namespace text        NULL,
    stream_key       text        NULL,
    event_type       text        NOT NULL,
    occurred_at      timestamptz NOT NULL,
    payload          bytea       NOT NULL,
    PRIMARY KEY (service_id, stream, version)
);

CREATE INDEX IF NOT EXISTS keel_events_delivery_ix
    ON keel_events (service_id, partition, tx_id, position)
    WHERE partition IS NOT NULL;

-- The latest snapshot of a stream: activation reads it plus the events after its version.
CREATE TABLE IF NOT EXISTS keel_snapshots
(
    service_id text        NOT NULL,
    stream     text        NOT NULL,
    version    bigint      NOT NULL,
    state      bytea       NOT NULL,
    written_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, stream)
);

-- How far each partition's receiver has delivered the log (advanced in batches, never backwards).
CREATE TABLE IF NOT EXISTS keel_stream_checkpoints
(
    service_id text        NOT NULL,
    provider   text        NOT NULL,
    partition  integer     NOT NULL,
    tx_id      bigint      NOT NULL,
    position   bigint      NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, provider, partition)
);

-- The newest transaction id whose rows every reader may see: all transactions below it have ended.
CREATE OR REPLACE FUNCTION keel_visible_tx_bound()
    RETURNS bigint
    LANGUAGE sql
    STABLE
AS
$$
SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint;
$$;
