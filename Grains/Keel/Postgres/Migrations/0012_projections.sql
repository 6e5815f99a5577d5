-- Projections: read models built from the log. Each has one row here: where it is in the log (tx_id, position: the
-- order the stream receivers read in), which build of it this is, and who runs it (a lease, so one process at a
-- time). Its rows are written in the transaction that moves tx_id/position, and only when they are still what the
-- writer read: a crash neither skips an event nor counts one twice, and a rebuild (build + 1, rows deleted) makes
-- the commits of the run before it change nothing.
CREATE TABLE IF NOT EXISTS keel_projections
(
    service_id   text        NOT NULL,
    projection   text        NOT NULL,
    tx_id        bigint      NOT NULL DEFAULT 0,
    position     bigint      NOT NULL DEFAULT 0,
    build        bigint      NOT NULL DEFAULT 1,
    events       bigint      NOT NULL DEFAULT 0,
    leased_by    text        NULL,
    leased_until timestamptz NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, projection)
);

-- A projection's rows: one per type (kind) and key, as JSON. Ranked rows (a leaderboard) are listed by the rank index.
CREATE TABLE IF NOT EXISTS keel_projection_rows
(
    service_id text   NOT NULL,
    projection text   NOT NULL,
    kind       text   NOT NULL,
    key        text   NOT NULL,
    rank       bigint NULL,
    row        jsonb  NOT NULL,
    PRIMARY KEY (service_id, projection, kind, key)
);

CREATE INDEX IF NOT EXISTS keel_projection_rows_rank_ix
    ON keel_projection_rows (service_id, projection, kind, rank DESC, key)
    WHERE rank IS NOT NULL;

-- Projections read a service's deliverable events in log order without scanning other services' events.
CREATE INDEX IF NOT EXISTS keel_events_projection_ix
    ON keel_events (service_id, stream_namespace, tx_id, position)
    WHERE partition IS NOT NULL;
