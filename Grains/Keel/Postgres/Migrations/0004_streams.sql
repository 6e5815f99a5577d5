-- Keel's PostgreSQL stream provider: message queue, dead letters and the functions the provider calls.
-- Idempotent: safe to apply on every start.

CREATE TABLE IF NOT EXISTS keel_stream_messages
(
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_id       text        NOT NULL,
    provider         text        NOT NULL,
    partition        integer     NOT NULL,
    stream_namespace text        NOT NULL,
    stream_key       text        NOT NULL,
    payload          bytea       NOT NULL,
    attempts         integer     NOT NULL DEFAULT 0,
    last_error       text        NULL,
    enqueued_at      timestamptz NOT NULL DEFAULT now(),
    visible_at       timestamptz NOT NULL DEFAULT now()
);

-- A receiver reads one partition in id order.
CREATE INDEX IF NOT EXISTS keel_stream_messages_queue_ix
    ON keel_stream_messages (service_id, provider, partition, id);

CREATE TABLE IF NOT EXISTS keel_stream_dead_letters
(
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id       bigint      NOT NULL,
    service_id       text        NOT NULL,
    provider         text        NOT NULL,
    partition        integer     NOT NULL,
    stream_namespace text        NOT NULL,
    stream_key       text        NOT NULL,
    payload          bytea       NOT NULL,
    attempts         integer     NOT NULL,
    reason           text        NOT NULL,
    enqueued_at      timestamptz NOT NULL,
    dead_lettered_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS keel_stream_dead_letters_age_ix
    ON keel_stream_dead_letters (dead_lettered_at);

-- Receivers LISTEN on one channel; the payload says which queue has news: '<partition>:<provider>:<service id>'.
CREATE OR REPLACE FUNCTION keel_stream_notify(p_service_id text, p_provider text, p_partition integer)
    RETURNS void
    LANGUAGE sql
AS
$$
SELECT pg_notify('keel_stream', p_partition::text || ':' || p_provider || ':' || p_service_id);
$$;

-- One round trip per batch: insert, then wake the receivers (the notification is sent on commit).
CREATE OR REPLACE FUNCTION keel_stream_enqueue(p_service_id text, p_provider text, p_partition integer,
                                               p_stream_namespace text, p_stream_key text, p_payload bytea)
    RETURNS bigint
    LANGUAGE plpgsql
AS
$$
DECLARE
    v_id bigint;
BEGIN
    INSERT INTO keel_stream_messages (service_id, provider, partition, stream_namespace, stream_key, payload)
    VALUES (p_service_id, p_provider, p_partition, p_stream_namespace, p_stream_key, p_payload)
    RETURNING id INTO v_id;
    PERFORM keel_stream_notify(p_service_id, p_provider, p_partition);
    RETURN v_id;
END;
$$;

-- Leases up to p_max_count visible messages of one partition in id order, in one statement: rows already tried
-- p_max_attempts times move to the dead letters instead; the others become invisible for p_visibility and
-- count one more attempt. SKIP LOCKED keeps two concurrent readers of a partition from taking the same rows.
CREATE OR REPLACE FUNCTION keel_stream_dequeue(p_service_id text, p_provider text, p_partition integer,
                                               p_max_count integer, p_max_attempts integer, p_visibility interval)
    RETURNS TABLE (id bigint, attempts integer, payload bytea)
    LANGUAGE sql
AS
$$
WITH candidates AS (
    SELECT m.id
    FROM keel_stream_messages m
    WHERE m.service_id = p_service_id
      AND m.provider = p_provider
      AND m.partition = p_partition
      AND m.visible_at <= now()
    ORDER BY m.id
    LIMIT p_max_count
    FOR UPDATE SKIP LOCKED
),
exhausted AS (
    DELETE FROM keel_stream_messages m
    USING candidates c
    WHERE m.id = c.id
      AND m.attempts >= p_max_attempts
    RETURNING m.*
),
buried AS (
    INSERT INTO keel_stream_dead_letters (message_id, service_id, provider, partition, stream_namespace, stream_key,
                                          payload, attempts, reason, enqueued_at)
    SELECT e.id, e.service_id, e.provider, e.partition, e.stream_namespace, e.stream_key, e.payload, e.attempts,
           coalesce(e.last_error, 'not acknowledged within the visibility timeout after ' || e.attempts || ' attempts'),
           e.enqueued_at
    FROM exhausted e
),
leased AS (
    UPDATE keel_stream_messages m
    SET attempts   = m.attempts + 1,
        visible_at = now() + p_visibility
    FROM candidates c
    WHERE m.id = c.id
      AND m.attempts < p_max_attempts
    RETURNING m.id, m.attempts, m.payload
)
SELECT l.id, l.attempts, l.payload
FROM leased l
ORDER BY l.id;
$$;

-- A delivery failed: the last allowed attempt moves the message to the dead letters; an earlier one records the
-- reason and keeps the message invisible for p_visibility more, after which it is delivered again.
-- p_attempts is the lease's receipt: a message leased again in the meantime is left alone.
-- Returns true when the message was dead-lettered.
CREATE OR REPLACE FUNCTION keel_stream_fail(p_id bigint, p_attempts integer, p_max_attempts integer,
                                            p_visibility interval, p_reason text)
    RETURNS boolean
    LANGUAGE sql
AS
$$
WITH exhausted AS (
    DELETE FROM keel_stream_messages m
    WHERE m.id = p_id
      AND m.attempts = p_attempts
      AND m.attempts >= p_max_attempts
    RETURNING m.*
),
buried AS (
    INSERT INTO keel_stream_dead_letters (message_id, service_id, provider, partition, stream_namespace, stream_key,
                                          payload, attempts, reason, enqueued_at)
    SELECT e.id, e.service_id, e.provider, e.partition, e.stream_namespace, e.stream_key, e.payload, e.attempts,
           p_reason, e.enqueued_at
    FROM exhausted e
    RETURNING 1
),
postponed AS (
    UPDATE keel_stream_messages m
    SET last_error = p_reason,
        visible_at = now() + p_visibility
    WHERE m.id = p_id
      AND m.attempts = p_attempts
      AND m.attempts < p_max_attempts
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM buried);
$$;

-- Operators: put a dead letter back at the end of its queue with its attempts reset.
CREATE OR REPLACE FUNCTION keel_stream_redrive(p_dead_letter_id bigint)
    RETURNS boolean
    LANGUAGE plpgsql
AS
$$
DECLARE
    v_letter keel_stream_dead_letters;
BEGIN
    DELETE FROM keel_stream_dead_letters d
    WHERE d.id = p_dead_letter_id
    RETURNING * INTO v_letter;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    INSERT INTO keel_stream_messages (service_id, provider, partition, stream_namespace, stream_key, payload,
                                      enqueued_at)
    VALUES (v_letter.service_id, v_letter.provider, v_letter.partition, v_letter.stream_namespace,
            v_letter.stream_key, v_letter.payload, v_letter.enqueued_at);
    PERFORM keel_stream_notify(v_letter.service_id, v_letter.provider, v_letter.partition);
    RETURN true;
END;
$$;

CREATE OR REPLACE FUNCTION keel_stream_evict_dead_letters(p_retention interval)
    RETURNS integer
    LANGUAGE sql
AS
$$
WITH evicted AS (
    DELETE FROM keel_stream_dead_letters d
    WHERE d.dead_lettered_at < now() - p_retention
    RETURNING 1
)
SELECT count(*)::integer FROM evicted;
$$;
