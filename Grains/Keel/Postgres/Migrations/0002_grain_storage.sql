-- Grain state for Microsoft.Orleans.Persistence.AdoNet, plus Keel's outbox marker.
-- Orleans reads the columns and passes the parameters by the names used here; the SQL itself is Keel's.
CREATE TABLE IF NOT EXISTS orleansstorage
(
    grainidhash            integer       NOT NULL,
    grainidn0              bigint        NOT NULL,
    grainidn1              bigint        NOT NULL,
    graintypehash          integer       NOT NULL,
    graintypestring        varchar(512)  NOT NULL,
    grainidextensionstring varchar(512),
    serviceid              varchar(150)  NOT NULL,
    payloadbinary          bytea,
    modifiedon             timestamp     NOT NULL,
    version                integer,
    -- The grain id of an aggregate whose outbox still holds unpublished events; null otherwise.
    keel_outbox_grain      varchar(600)
);

-- One row per grain state: lets a first write use INSERT .. ON CONFLICT instead of a table lock.
CREATE UNIQUE INDEX IF NOT EXISTS ux_orleansstorage_grain
    ON orleansstorage (grainidhash, graintypehash, grainidn0, grainidn1, serviceid, graintypestring,
                       coalesce(grainidextensionstring, ''));

CREATE INDEX IF NOT EXISTS ix_orleansstorage_outbox
    ON orleansstorage (modifiedon) WHERE keel_outbox_grain IS NOT NULL;

-- The grain id of an aggregate record ({"events":[..],"published":n,"grainId":".."}) with unpublished events.
CREATE OR REPLACE FUNCTION keel_pending_outbox(payload bytea) RETURNS varchar
    LANGUAGE sql STABLE AS
$$
    SELECT CASE
               WHEN doc ? 'events' AND doc ? 'grainId'
                    AND coalesce((doc ->> 'published')::int, 0) < jsonb_array_length(doc -> 'events')
               THEN doc ->> 'grainId'
           END
    FROM (SELECT CASE WHEN get_byte(payload, 0) = 123 THEN convert_from(payload, 'UTF8')::jsonb END AS doc) parsed
$$;

CREATE OR REPLACE FUNCTION writetostorage(
    _grainidhash integer, _grainidn0 bigint, _grainidn1 bigint, _graintypehash integer,
    _graintypestring varchar, _grainidextensionstring varchar, _serviceid varchar,
    _grainstateversion integer, _payloadbinary bytea)
    RETURNS TABLE (newgrainstateversion integer)
    LANGUAGE plpgsql AS
$$
DECLARE
    _written integer;
BEGIN
    IF _grainstateversion IS NULL THEN
        -- First write of this state: succeeds only if nobody wrote it before.
        INSERT INTO orleansstorage (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring,
                                    grainidextensionstring, serviceid, payloadbinary, modifiedon, version,
                                    keel_outbox_grain)
        VALUES (_grainidhash, _grainidn0, _grainidn1, _graintypehash, _graintypestring,
                _grainidextensionstring, _serviceid, _payloadbinary, now() AT TIME ZONE 'utc', 1,
                keel_pending_outbox(_payloadbinary))
        ON CONFLICT DO NOTHING
        RETURNING version INTO _written;
    ELSE
        -- Optimistic concurrency: only the writer holding the current version wins.
        UPDATE orleansstorage
        SET payloadbinary = _payloadbinary,
            modifiedon = now() AT TIME ZONE 'utc',
            version = version + 1,
            keel_outbox_grain = keel_pending_outbox(_payloadbinary)
        WHERE grainidhash = _grainidhash AND graintypehash = _graintypehash
          AND grainidn0 = _grainidn0 AND grainidn1 = _grainidn1
          AND serviceid = _serviceid AND graintypestring = _graintypestring
          AND coalesce(grainidextensionstring, '') = coalesce(_grainidextensionstring, '')
          AND version = _grainstateversion
        RETURNING version INTO _written;
    END IF;
    -- An unchanged version tells Orleans the write lost (InconsistentStateException).
    RETURN QUERY SELECT coalesce(_written, _grainstateversion);
END
$$;

INSERT INTO orleansquery (querykey, querytext) VALUES
('WriteToStorageKey',
 'SELECT * FROM writetostorage(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
                               @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary);'),
('ReadFromStorageKey',
 'SELECT payloadbinary, now() AT TIME ZONE ''utc'', version
  FROM orleansstorage
  WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
    AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
    AND serviceid = @ServiceId AND graintypestring = @GrainTypeString
    AND coalesce(grainidextensionstring, '''') = coalesce(@GrainIdExtensionString, '''');'),
('ClearStorageKey',
 'UPDATE orleansstorage
  SET payloadbinary = NULL, version = version + 1, keel_outbox_grain = NULL
  WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
    AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
    AND serviceid = @ServiceId AND graintypestring = @GrainTypeString
    AND coalesce(grainidextensionstring, '''') = coalesce(@GrainIdExtensionString, '''')
    AND version = @GrainStateVersion
  RETURNING version AS newgrainstateversion;'),
('DeleteStorageKey',
 'DELETE FROM orleansstorage
  WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
    AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
    AND serviceid = @ServiceId AND graintypestring = @GrainTypeString
    AND coalesce(grainidextensionstring, '''') = coalesce(@GrainIdExtensionString, '''')
    AND version = @GrainStateVersion
  RETURNING version + 1 AS newgrainstateversion;')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;
