--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: keel_insert_membership(character varying, character varying, integer, integer, character varying, character varying, integer, integer, timestamp with time zone, timestamp with time zone, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.keel_insert_membership(_deploymentid character varying, _address character varying, _port integer, _generation integer, _siloname character varying, _hostname character varying, _status integer, _proxyport integer, _starttime timestamp with time zone, _iamalivetime timestamp with time zone, _version integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO orleansmembershiptable (deploymentid, address, port, generation, siloname, hostname, status,
                                        proxyport, starttime, iamalivetime)
    VALUES (_deploymentid, _address, _port, _generation, _siloname, _hostname, _status, _proxyport, _starttime,
            _iamalivetime)
    ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    UPDATE orleansmembershipversiontable SET version = version + 1, timestamp = now()
    WHERE deploymentid = _deploymentid AND version = _version;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'KL001'; -- undoes the insert above
    END IF;
    RETURN 1;
EXCEPTION WHEN SQLSTATE 'KL001' THEN
    RETURN 0;
END
$$;


--
-- Name: keel_pending_outbox(bytea); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.keel_pending_outbox(payload bytea) RETURNS character varying
    LANGUAGE sql STABLE
    AS $$
    SELECT CASE
               WHEN doc ? 'events' AND doc ? 'grainId'
                    AND coalesce((doc ->> 'published')::int, 0) < jsonb_array_length(doc -> 'events')
               THEN doc ->> 'grainId'
           END
    FROM (SELECT CASE WHEN get_byte(payload, 0) = 123 THEN convert_from(payload, 'UTF8')::jsonb END AS doc) parsed
$$;


--
-- Name: keel_stream_dequeue(text, text, integer, integer, integer, interval); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.keel_stream_dequeue(p_service_id text, p_provider text, p_partition integer, p_max_count integer, p_max_attempts integer, p_visibility interval) RETURNS TABLE(id bigint, attempts integer, payload bytea)
    LANGUAGE sql
    AS $$
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


--
-- Name: keel_stream_enqueue(text, text, integer, text, text, bytea); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.keel_stream_enqueue(p_service_id text, p_provider text, p_partition integer, p_stream_namespace text, p_stream_key text, p_payload bytea) RETURNS bigint
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: keel_stream_evict_dead_letters(interval); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.keel_stream_evict_dead_letters(p_retention interval) RETURNS integer
    LANGUAGE sql
    AS $$
WITH evicted AS (
    DELETE FROM keel_stream_dead_letters d
    WHERE d.dead_lettered_at < now() - p_retention
    RETURNING 1
)
SELECT count(*)::integer FROM evicted;
$$;


--
-- Name: keel_stream_fail(bigint, integer, integer, interval, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.keel_stream_fail(p_id bigint, p_attempts integer, p_max_attempts integer, p_visibility interval, p_reason text) RETURNS boolean
    LANGUAGE sql
    AS $$
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


--
-- Name: keel_stream_notify(text, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.keel_stream_notify(p_service_id text, p_provider text, p_partition integer) RETURNS void
    LANGUAGE sql
    AS $$
SELECT pg_notify('keel_stream', p_partition::text || ':' || p_provider || ':' || p_service_id);
$$;


--
-- Name: keel_stream_redrive(bigint); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.keel_stream_redrive(p_dead_letter_id bigint) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: keel_update_membership(character varying, character varying, integer, integer, integer, character varying, timestamp with time zone, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.keel_update_membership(_deploymentid character varying, _address character varying, _port integer, _generation integer, _status integer, _suspecttimes character varying, _iamalivetime timestamp with time zone, _version integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE orleansmembershipversiontable SET version = version + 1, timestamp = now()
    WHERE deploymentid = _deploymentid AND version = _version;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    UPDATE orleansmembershiptable
    SET status = _status, suspecttimes = _suspecttimes, iamalivetime = _iamalivetime
    WHERE deploymentid = _deploymentid AND address = _address AND port = _port AND generation = _generation;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'KL001'; -- undoes the version bump above
    END IF;
    RETURN 1;
EXCEPTION WHEN SQLSTATE 'KL001' THEN
    RETURN 0;
END
$$;


--
-- Name: keel_visible_tx_bound(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.keel_visible_tx_bound() RETURNS bigint
    LANGUAGE sql STABLE
    AS $$
SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint;
$$;


--
-- Name: writetostorage(integer, bigint, bigint, integer, character varying, character varying, character varying, integer, bytea); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.writetostorage(_grainidhash integer, _grainidn0 bigint, _grainidn1 bigint, _graintypehash integer, _graintypestring character varying, _grainidextensionstring character varying, _serviceid character varying, _grainstateversion integer, _payloadbinary bytea) RETURNS TABLE(newgrainstateversion integer)
    LANGUAGE plpgsql
    AS $$
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


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: keel_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.keel_events (
    service_id text NOT NULL,
    stream text NOT NULL,
    version bigint NOT NULL,
    "position" bigint NOT NULL,
    tx_id bigint DEFAULT ((pg_current_xact_id())::text)::bigint NOT NULL,
    partition integer,
    stream_namespace text,
    stream_key text,
    event_type text NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    payload bytea NOT NULL
);


--
-- Name: keel_events_position_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.keel_events ALTER COLUMN "position" ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.keel_events_position_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: keel_idempotency; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.keel_idempotency (
    service_id text NOT NULL,
    scope text NOT NULL,
    key text NOT NULL,
    fingerprint bytea NOT NULL,
    status integer,
    location text,
    content_type text,
    body bytea,
    lease_until timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL
);


--
-- Name: keel_schema_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.keel_schema_versions (
    version integer NOT NULL,
    name text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: keel_snapshots; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.keel_snapshots (
    service_id text NOT NULL,
    stream text NOT NULL,
    version bigint NOT NULL,
    state bytea NOT NULL,
    written_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: keel_stream_checkpoints; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.keel_stream_checkpoints (
    service_id text NOT NULL,
    provider text NOT NULL,
    partition integer NOT NULL,
    tx_id bigint NOT NULL,
    "position" bigint NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: keel_stream_dead_letters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.keel_stream_dead_letters (
    id bigint NOT NULL,
    message_id bigint NOT NULL,
    service_id text NOT NULL,
    provider text NOT NULL,
    partition integer NOT NULL,
    stream_namespace text NOT NULL,
    stream_key text NOT NULL,
    payload bytea NOT NULL,
    attempts integer NOT NULL,
    reason text NOT NULL,
    enqueued_at timestamp with time zone NOT NULL,
    dead_lettered_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: keel_stream_dead_letters_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.keel_stream_dead_letters ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.keel_stream_dead_letters_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: keel_stream_failure_reasons; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.keel_stream_failure_reasons (
    service_id text NOT NULL,
    provider text NOT NULL,
    stream_namespace text NOT NULL,
    stream_key text NOT NULL,
    delivery bigint NOT NULL,
    reason text NOT NULL,
    recorded_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: keel_stream_messages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.keel_stream_messages (
    id bigint NOT NULL,
    service_id text NOT NULL,
    provider text NOT NULL,
    partition integer NOT NULL,
    stream_namespace text NOT NULL,
    stream_key text NOT NULL,
    payload bytea NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    last_error text,
    enqueued_at timestamp with time zone DEFAULT now() NOT NULL,
    visible_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: keel_stream_messages_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.keel_stream_messages ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.keel_stream_messages_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: orleansmembershiptable; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleansmembershiptable (
    deploymentid character varying(150) NOT NULL,
    address character varying(45) NOT NULL,
    port integer NOT NULL,
    generation integer NOT NULL,
    siloname character varying(150) NOT NULL,
    hostname character varying(150) NOT NULL,
    status integer NOT NULL,
    proxyport integer,
    suspecttimes character varying(8000),
    starttime timestamp(3) with time zone NOT NULL,
    iamalivetime timestamp(3) with time zone NOT NULL
);


--
-- Name: orleansmembershipversiontable; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleansmembershipversiontable (
    deploymentid character varying(150) NOT NULL,
    "timestamp" timestamp(3) with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 0 NOT NULL
);


--
-- Name: orleansquery; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleansquery (
    querykey character varying(64) NOT NULL,
    querytext character varying(8000) NOT NULL
);


--
-- Name: orleansreminderstable; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleansreminderstable (
    serviceid character varying(150) NOT NULL,
    grainid character varying(150) NOT NULL,
    remindername character varying(150) NOT NULL,
    starttime timestamp(3) with time zone NOT NULL,
    period bigint NOT NULL,
    grainhash integer NOT NULL,
    version integer NOT NULL
);


--
-- Name: orleansstorage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleansstorage (
    grainidhash integer NOT NULL,
    grainidn0 bigint NOT NULL,
    grainidn1 bigint NOT NULL,
    graintypehash integer NOT NULL,
    graintypestring character varying(512) NOT NULL,
    grainidextensionstring character varying(512),
    serviceid character varying(150) NOT NULL,
    payloadbinary bytea,
    modifiedon timestamp without time zone NOT NULL,
    version integer,
    keel_outbox_grain character varying(600)
);


--
-- Data for Name: keel_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.users.email-ownership/Ada.Lovelace@example.com', 1, 1, 740, NULL, NULL, NULL, 'keel.users.email-claimed.v1', '2026-12-01 20:22:10.416924+00', '\x20e840354164612e4c6f76656c616365406578616d706c652e636f6d2f31010521801a2346c7e84fdf08810000000000000000e0416f30302d31396137336464633064366433326339613764373930616261633236326437632d346339383665343431393035626133352d30303101f5deaf5e376b65656c2e75736572732e656d61696c2d636c61696d65642e7631e840214533a2019a9e0b7fa3c8bfa974a76109e0c10141076f7073e0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.users.user/01a233459e9a7f0ba3c8bfa974a76109', 1, 2, 741, 5, 'users', '111', 'keel.users.user-registered.v1', '2026-12-01 20:22:10.448075+00', '\x20e8404530316132333334353965396137663062613363386266613937346137363130392f3101052180f2e34ac7e84fdf08810000000000000000e0416f30302d33616434343131336665626362353838353638386363306531313639343336382d663235396165656336623035316135312d30303101c4610d943b6b65656c2e75736572732e757365722d726567697374657265642e7631e840214533a2019a9e0b7fa3c8bfa974a7610941314164612e4c6f76656c616365406578616d706c652e636f6d4119416461204c6f76656c616365218052654ac7e84fdf08810000000000000000e0e0c10141076f7073e0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.email.mailbox/Ada.Lovelace@example.com', 1, 3, 742, NULL, NULL, NULL, 'keel.email.mail-sent.v1', '2026-12-01 20:22:10.555263+00', '\x20e840354164612e4c6f76656c616365406578616d706c652e636f6d2f3101052180f93e5bc7e84fdf08810000000000000000e0416f30302d38616139313835363666316561366139623530316138386639326437633961352d356338383861373332373630653431372d30303101f36e54f62f6b65656c2e656d61696c2e6d61696c2d73656e742e7631e8405977656c636f6d652e30316132333334352d396539612d376630622d613363382d62666139373461373631303941314164612e4c6f76656c616365406578616d706c652e636f6d410f77656c636f6d65413b57656c636f6d6520746f204b65656c2c20416461204c6f76656c61636541960248656c6c6f20416461204c6f76656c6163652c0a0a796f7572204b65656c206163636f756e742069732072656164792e20596f752063616e207369676e20696e2077697468207468697320616464726573732066726f6d206e6f77206f6e2e0a0a496620796f7520646964206e6f742072656769737465722c20796f752063616e2069676e6f72652074686973206d61696c2e0a0a2d2d20546865204b65656c207465616d218001f259c7e84fdf08810000000000000000e0e0414530316132333334353965396137663062613363386266613937346137363130392f3141076f7073e0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-J953H9', 1, 4, 744, 4, 'lobby', '91', 'keel.lobby.room-created.v1', '2026-12-01 20:22:11.269345+00', '\x20e84021667269656e64732d4a39353348392f3101052180d034c8c7e84fdf08810000000000000000e0416f30302d33386134666132333832363464383963316530643161363533653166353439642d356632633231343139363961386539392d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d4a393533483901090122030115e0c1014107616461e0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-J953H9', 2, 5, 744, 4, 'lobby', '91', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:11.269345+00', '\x20e84021667269656e64732d4a39353348392f3201092180d034c8c7e84fdf08810000000000000000e0416f30302d33386134666132333832363464383963316530643161363533653166353439642d356632633231343139363961386539392d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d4a393533483941076164610105e0c1014107616461e0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/ada', 1, 6, 745, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:11.294587+00', '\x20e8400b6164612f3101052180d00eccc7e84fdf08810000000000000000e0416f30302d64343037303636646334313339633537363836623136663936636332663962332d343932636537353432323436656631612d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d4a3935334839e0c1014107616461e0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-J953H9', 3, 7, 747, 4, 'lobby', '91', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:11.358327+00', '\x20e84021667269656e64732d4a39353348392f33010d2180a8c8d5c7e84fdf08810000000000000000e0416f30302d30626534323765393231353335613537393566333935653762666130336337342d643839623166396439386137346139342d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d4a39353348394107626f620109e0c1014107626f62e0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-J953H9', 4, 8, 747, 4, 'lobby', '91', 'keel.lobby.room-filled-up.v1', '2026-12-01 20:22:11.358327+00', '\x20e84021667269656e64732d4a39353348392f3401112180a8c8d5c7e84fdf08810000000000000000e0416f30302d30626534323765393231353335613537393566333935653762666130336337342d643839623166396439386137346139342d30303101c1c066fd396b65656c2e6c6f6262792e726f6f6d2d66696c6c65642d75702e7631e8401d667269656e64732d4a393533483931016fa6912065526561644f6e6c794c697374496e74657266616365436f64656360315b5b6b65656c2e6c6f6262792e736561742e76315d5d000521e800054107616461e020e800094107626f62e0e001f205e0c1014107626f62e0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/bob', 1, 9, 748, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:11.367667+00', '\x20e8400b626f622f31010521807f35d7c7e84fdf08810000000000000000e0416f30302d66343261613133613635393232323636643465353861386634383038646233662d346432323436353734613039336634652d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d4a3935334839e0c1014107626f62e0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.games.game/friends-J953H9', 1, 10, 749, NULL, NULL, NULL, 'keel.games.game-started.v1', '2026-12-01 20:22:11.390359+00', '\x20e84021667269656e64732d4a39353348392f3101052180e8abdac7e84fdf08810000000000000000e0416f30302d66393264386262663233373765363432363834373135663462383662656163622d383661306561313161316265393533642d30303101043efbb3356b65656c2e67616d65732e67616d652d737461727465642e7631e8401d667269656e64732d4a393533483931016fa6912065526561644f6e6c794c697374496e74657266616365436f64656360315b5b6b65656c2e6c6f6262792e736561742e76315d5d000521e800054107616461e020e800094107626f62e0e001f20521809c8bdac7e84fdf08810000000000000000e0e04121667269656e64732d4a39353348392f344107626f62e0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-SHU8QK', 1, 11, 750, 2, 'lobby', '15', 'keel.lobby.room-created.v1', '2026-12-01 20:22:11.404201+00', '\x20e84021667269656e64732d53485538514b2f31010521809bc8dcc7e84fdf08810000000000000000e0416f30302d38623262316566396363623334653964326661633430363962383832633062312d336663646631613439666263313034302d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d53485538514b010d0122030115e0c101410b6361726f6ce0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-SHU8QK', 2, 12, 750, 2, 'lobby', '15', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:11.404201+00', '\x20e84021667269656e64732d53485538514b2f32010921809bc8dcc7e84fdf08810000000000000000e0416f30302d38623262316566396363623334653964326661633430363962383832633062312d336663646631613439666263313034302d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d53485538514b410b6361726f6c0105e0c101410b6361726f6ce0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/carol', 1, 13, 751, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:11.408945+00', '\x20e8400f6361726f6c2f3101052180ea81ddc7e84fdf08810000000000000000e0416f30302d64373131626130313938626233393162636638363633333530356566393966332d636532633931333464323739366635362d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d53485538514be0c101410b6361726f6ce0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/carol', 2, 14, 753, NULL, NULL, NULL, 'keel.lobby.wait-mode-updated.v1', '2026-12-01 20:22:11.519224+00', '\x20e8400f6361726f6c2f3201092180b855eec7e84fdf08810000000000000000e0416f30302d32636333333265306634313264313532616562643335333638396233616533352d313261616534316561383436666433622d303031015608523d3f6b65656c2e6c6f6262792e776169742d6d6f64652d757064617465642e7631e80009e0c101410b6361726f6ce0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/global2-1', 1, 15, 754, 6, 'lobby', '62', 'keel.lobby.room-created.v1', '2026-12-01 20:22:11.546606+00', '\x20e84017676c6f62616c322d312f31010521805283f2c7e84fdf08810000000000000000e0416f30302d66343562363332623732653761383134653462373338393032323832336565312d343030316164623435383235336636392d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e84013676c6f62616c322d31010901c90109e0c101410964617665e0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/global2-1', 2, 16, 754, 6, 'lobby', '62', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:11.546606+00', '\x20e84017676c6f62616c322d312f32010921805283f2c7e84fdf08810000000000000000e0416f30302d66343562363332623732653761383134653462373338393032323832336565312d343030316164623435383235336636392d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e84013676c6f62616c322d314109646176650105e0c101410964617665e0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/dave', 1, 17, 755, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:11.548971+00', '\x20e8400d646176652f3101052180b5dff2c7e84fdf08810000000000000000e0416f30302d64643937303466343261643936303563663964663665316333323636613236302d306139653330313231376565663638662d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e84013676c6f62616c322d31e0c101410964617665e0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-8USZ4C', 1, 18, 757, 0, 'lobby', '38', 'keel.lobby.room-created.v1', '2026-12-01 20:22:11.716916+00', '\x20e84021667269656e64732d3855535a34432f31010521800b800cc8e84fdf08810000000000000000e0416f30302d64363436303833383464666366613730623535663635333636336430643262352d316539383861323438666435386335372d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d3855535a344301090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-8USZ4C', 2, 19, 757, 0, 'lobby', '38', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:11.716916+00', '\x20e84021667269656e64732d3855535a34432f32010921800b800cc8e84fdf08810000000000000000e0416f30302d64363436303833383464666366613730623535663635333636336430643262352d316539383861323438666435386335372d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d3855535a344341096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 1, 20, 758, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:11.718617+00', '\x20e8400d6572696e2f310105218080c20cc8e84fdf08810000000000000000e0416f30302d30343334393937346132623861633262623131633935313930383865306233322d366233323034343566363462366638642d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d3855535a3443e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-8USZ4C', 3, 21, 759, 0, 'lobby', '38', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:11.733551+00', '\x20e84021667269656e64732d3855535a34432f33010d2180db090fc8e84fdf08810000000000000000e0416f30302d65363163323036393735663666373065666532333835326235346537646535642d396439396165303461313265613637372d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d3855535a344341096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 2, 22, 760, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:11.736712+00', '\x20e8400d6572696e2f320109218055850fc8e84fdf08810000000000000000e0416f30302d61663531373432363566376132373464383832636334656437373966303835352d313764346563653633303730376532632d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d3855535a3443e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-9Y9VBR', 1, 23, 762, 2, 'lobby', '96', 'keel.lobby.room-created.v1', '2026-12-01 20:22:11.750462+00', '\x20e84021667269656e64732d3959395642522f31010521806e9e11c8e84fdf08810000000000000000e0416f30302d31663566356633653436366461316432666264383437396633326136666566632d376365643766366338303264663762662d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d39593956425201090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-9Y9VBR', 2, 24, 762, 2, 'lobby', '96', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:11.750462+00', '\x20e84021667269656e64732d3959395642522f32010921806e9e11c8e84fdf08810000000000000000e0416f30302d31663566356633653436366461316432666264383437396633326136666566632d376365643766366338303264663762662d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d39593956425241096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 5, 30, 767, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:11.781077+00', '\x20e8400d6572696e2f3501152180544a16c8e84fdf08810000000000000000e0416f30302d38366163373464623134323365636232626133323062323335336563333630612d633039303664306664396561643832372d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d58465a4e4233e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 11, 45, 779, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:11.872548+00', '\x20e8400f6572696e2f3131012d21806c3f24c8e84fdf08810000000000000000e0416f30302d38393565383135316264323861363431376237636638666661333263643663632d663962626336316133613664666637352d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d33423751504ae0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-BHCWT2', 1, 53, 786, 6, 'lobby', '71', 'keel.lobby.room-created.v1', '2026-12-01 20:22:11.928768+00', '\x20e84021667269656e64732d4248435754322f310105218088d32cc8e84fdf08810000000000000000e0416f30302d38376633643633626164666265396631386534626638376162353864336562622d623037316365626666623466383036302d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d42484357543201090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-BHCWT2', 2, 54, 786, 6, 'lobby', '71', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:11.928768+00', '\x20e84021667269656e64732d4248435754322f320109218088d32cc8e84fdf08810000000000000000e0416f30302d38376633643633626164666265396631386534626638376162353864336562622d623037316365626666623466383036302d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d42484357543241096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-NY78J4', 1, 58, 790, 3, 'lobby', '49', 'keel.lobby.room-created.v1', '2026-12-01 20:22:11.961715+00', '\x20e84021667269656e64732d4e5937384a342f310105218084da31c8e84fdf08810000000000000000e0416f30302d39343836376563343666343565303565656263346437376536363065363431342d623334653366626136646635376230642d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d4e5937384a3401090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-NY78J4', 2, 59, 790, 3, 'lobby', '49', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:11.961715+00', '\x20e84021667269656e64732d4e5937384a342f320109218084da31c8e84fdf08810000000000000000e0416f30302d39343836376563343666343565303565656263346437376536363065363431342d623334653366626136646635376230642d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d4e5937384a3441096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-C74GN6', 1, 63, 795, 2, 'lobby', '6', 'keel.lobby.room-created.v1', '2026-12-01 20:22:11.992309+00', '\x20e84021667269656e64732d433734474e362f3101052180958536c8e84fdf08810000000000000000e0416f30302d35656336383831383362666335353765333032386261363739363933373639302d363932656539396635316435646334302d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d433734474e3601090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-C74GN6', 2, 64, 795, 2, 'lobby', '6', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:11.992309+00', '\x20e84021667269656e64732d433734474e362f3201092180958536c8e84fdf08810000000000000000e0416f30302d35656336383831383362666335353765333032386261363739363933373639302d363932656539396635316435646334302d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d433734474e3641096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-G9CGYM', 1, 68, 799, 2, 'lobby', '53', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.023091+00', '\x20e84021667269656e64732d47394347594d2f3101052180ff373bc8e84fdf08810000000000000000e0416f30302d61613666323934663963323538333164313232343934346362303837393661302d633038383563656261363962623436392d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d47394347594d01090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-G9CGYM', 2, 69, 799, 2, 'lobby', '53', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.023091+00', '\x20e84021667269656e64732d47394347594d2f3201092180ff373bc8e84fdf08810000000000000000e0416f30302d61613666323934663963323538333164313232343934346362303837393661302d633038383563656261363962623436392d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d47394347594d41096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 25, 80, 809, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.086967+00', '\x20e8400f6572696e2f32350165218027f744c8e84fdf08810000000000000000e0416f30302d63336136303138383931663462303063623437383937343831646133323865352d356238313437373031343331356338302d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d4a5132503634e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-XXFDV3', 3, 91, 818, 5, 'lobby', '104', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.172883+00', '\x20e84021667269656e64732d5858464456332f33010d2180401352c8e84fdf08810000000000000000e0416f30302d33393535376437386533656137613465353263626566376530666138303061652d356335663466393835653135646332362d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d58584644563341096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-379XRE', 3, 96, 823, 3, 'lobby', '51', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.2045+00', '\x20e84021667269656e64732d3337395852452f33010d21804ce656c8e84fdf08810000000000000000e0416f30302d61343735353539633930636462323939656133633432356161663966656564652d623833373166616363636565313535622d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d33373958524541096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 34, 102, 828, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.236406+00', '\x20e8400f6572696e2f3334018921809cc45bc8e84fdf08810000000000000000e0416f30302d34393234313736376161326536613465363037326130383331383838376239652d316336386133393731386435376539302d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d46544d4e4743e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 36, 107, 833, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.268673+00', '\x20e8400f6572696e2f3336019121800cb160c8e84fdf08810000000000000000e0416f30302d39303064666431396330653233646562326661356133376464643962623132302d303734393230646462343932336334632d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d4b4e584d414ae0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-2RJT8V', 1, 123, 847, 4, 'lobby', '29', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.378359+00', '\x20e84021667269656e64732d32524a5438562f3101052180ab6d71c8e84fdf08810000000000000000e0416f30302d35353334313235626538656231656561376231323634343338313537386430382d343938613566613035303336303830372d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d32524a54385601090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-2RJT8V', 2, 124, 847, 4, 'lobby', '29', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.378359+00', '\x20e84021667269656e64732d32524a5438562f3201092180ab6d71c8e84fdf08810000000000000000e0416f30302d35353334313235626538656231656561376231323634343338313537386430382d343938613566613035303336303830372d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d32524a54385641096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-T3URGM', 1, 128, 851, 7, 'lobby', '119', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.411301+00', '\x20e84021667269656e64732d54335552474d2f3101052180787476c8e84fdf08810000000000000000e0416f30302d38373934343538353932333866663863666166376639396262376536633537362d313536366262663561616161303432652d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d54335552474d01090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-T3URGM', 2, 129, 851, 7, 'lobby', '119', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.411301+00', '\x20e84021667269656e64732d54335552474d2f3201092180787476c8e84fdf08810000000000000000e0416f30302d38373934343538353932333866663863666166376639396262376536633537362d313536366262663561616161303432652d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d54335552474d41096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JSXPNA', 1, 133, 856, 7, 'lobby', '31', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.440564+00', '\x20e84021667269656e64732d4a5358504e412f310105218090eb7ac8e84fdf08810000000000000000e0416f30302d30323136656538346563623031303865336466303166623633343561636162322d386262393437353336356535383731612d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d4a5358504e4101090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JSXPNA', 2, 134, 856, 7, 'lobby', '31', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.440564+00', '\x20e84021667269656e64732d4a5358504e412f320109218090eb7ac8e84fdf08810000000000000000e0416f30302d30323136656538346563623031303865336466303166623633343561636162322d386262393437353336356535383731612d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d4a5358504e4141096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 49, 140, 861, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.476243+00', '\x20e8400f6572696e2f343901c52180455d80c8e84fdf08810000000000000000e0416f30302d35653065383432366162373935333362633937396435616262333930386465642d636561633164323161323265326663322d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d583348534251e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-BZHR6H', 3, 166, 883, 3, 'lobby', '49', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.682667+00', '\x20e84021667269656e64732d425a485236482f33010d2180b7dc9fc8e84fdf08810000000000000000e0416f30302d39303464663462323639376631356336376136336665376661646363336363392d373162323839316137333262386234632d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d425a4852364841096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 62, 172, 888, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.714571+00', '\x20e8400f6572696e2f363201f92180f2baa4c8e84fdf08810000000000000000e0416f30302d31316137623035306131386137613561353137323261366136313330346662362d366432623362633563353238393630382d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d4a4d59424b45e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 3, 25, 763, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:11.753123+00', '\x20e8400d6572696e2f33010d2180670612c8e84fdf08810000000000000000e0416f30302d64653964373231666531613635666231623363396665636130653639373063392d333338633337353632633239313739652d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d395939564252e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-UFFGRC', 3, 36, 772, 4, 'lobby', '30', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:11.82287+00', '\x20e84021667269656e64732d5546464752432f33010d2180deaa1cc8e84fdf08810000000000000000e0416f30302d65336333316664343665383439306139633633393632643565366236643565652d633964643239623865383961623334312d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d55464647524341096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-AUCXX4', 1, 83, 812, 3, 'lobby', '116', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.11365+00', '\x20e84021667269656e64732d4155435858342f31010521807c0949c8e84fdf08810000000000000000e0416f30302d37653864363530376237373532653635636430373465613735643464393563322d626662636364653732623662333331632d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d41554358583401090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-AUCXX4', 2, 84, 812, 3, 'lobby', '116', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.11365+00', '\x20e84021667269656e64732d4155435858342f32010921807c0949c8e84fdf08810000000000000000e0416f30302d37653864363530376237373532653635636430373465613735643464393563322d626662636364653732623662333331632d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d41554358583441096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 29, 90, 817, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.156722+00', '\x20e8400f6572696e2f323901752180f89b4fc8e84fdf08810000000000000000e0416f30302d32316436393439333338663363616235666131316531323666343535356363342d333636643361653938653563393963332d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d585846445633e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 31, 95, 822, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.191103+00', '\x20e8400f6572696e2f3331017d2180f9da54c8e84fdf08810000000000000000e0416f30302d30376134653062623336346235623931343163336639653564363039323835332d656334663261623762656163396664382d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d333739585245e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-24J9ZB', 3, 111, 836, 5, 'lobby', '82', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.296816+00', '\x20e84021667269656e64732d32344a395a422f33010d218068fc64c8e84fdf08810000000000000000e0416f30302d39333461373333373366336163326139336336386436646366326565373131642d383865373862316565376530633938332d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d32344a395a4241096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-HU2DKE', 3, 116, 841, 5, 'lobby', '68', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.326697+00', '\x20e84021667269656e64732d485532444b452f33010d2180a08b69c8e84fdf08810000000000000000e0416f30302d30306632396633636333636636613932316635663564653638613939646531642d336261303230326236396333316236322d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d485532444b4541096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 42, 122, 846, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.36382+00', '\x20e8400f6572696e2f343201a92180b9356fc8e84fdf08810000000000000000e0416f30302d37343666333362363133656531326437616232333135663363373064396337652d376439386332346632346163663939662d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d455655593639e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 44, 127, 850, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.395148+00', '\x20e8400f6572696e2f343401b121807efd73c8e84fdf08810000000000000000e0416f30302d30666437363962353763316637363131343736376334393138346165636539632d663464303165653336383166643730622d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d32524a543856e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-UJZ966', 1, 148, 868, 7, 'lobby', '119', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.552511+00', '\x20e84021667269656e64732d554a5a3936362f310105218076008cc8e84fdf08810000000000000000e0416f30302d36613433333462386334633337303662376138326637353664646166666433382d353232636636646262656337343932352d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d554a5a39363601090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-UJZ966', 2, 149, 868, 7, 'lobby', '119', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.552511+00', '\x20e84021667269656e64732d554a5a3936362f320109218076008cc8e84fdf08810000000000000000e0416f30302d36613433333462386334633337303662376138326637353664646166666433382d353232636636646262656337343932352d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d554a5a39363641096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-DXCAGW', 1, 153, 873, 5, 'lobby', '3', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.589355+00', '\x20e84021667269656e64732d4458434147572f3101052180b19f91c8e84fdf08810000000000000000e0416f30302d30373939303464663435336265383736633961316132373534393265336638332d366135646634393439386564306334612d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d44584341475701090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-DXCAGW', 2, 154, 873, 5, 'lobby', '3', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.589355+00', '\x20e84021667269656e64732d4458434147572f3201092180b19f91c8e84fdf08810000000000000000e0416f30302d30373939303464663435336265383736633961316132373534393265336638332d366135646634393439386564306334612d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d44584341475741096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-C2MRTN', 1, 158, 877, 4, 'lobby', '29', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.625513+00', '\x20e84021667269656e64732d43324d52544e2f31010521801e2497c8e84fdf08810000000000000000e0416f30302d65393063356261656233363538656230636463663730353563393764363762312d653135653639333436653134326561322d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d43324d52544e01090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-C2MRTN', 2, 159, 877, 4, 'lobby', '29', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.625513+00', '\x20e84021667269656e64732d43324d52544e2f32010921801e2497c8e84fdf08810000000000000000e0416f30302d65393063356261656233363538656230636463663730353563393764363762312d653135653639333436653134326561322d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d43324d52544e41096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 59, 165, 882, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.664158+00', '\x20e8400f6572696e2f353901ed2180ae099dc8e84fdf08810000000000000000e0416f30302d36386634386336343531643033656334356564633736373566616538363065312d323363386632623436313932306136662d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d425a48523648e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JMYBKE', 3, 171, 887, 1, 'lobby', '111', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.71279+00', '\x20e84021667269656e64732d4a4d59424b452f33010d21806475a4c8e84fdf08810000000000000000e0416f30302d36663561626565373137633965383132373932333333613061356664393432322d353766613166383933646534363732342d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d4a4d59424b4541096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 64, 177, 892, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.746765+00', '\x20e8400f6572696e2f3634010202218088a4a9c8e84fdf08810000000000000000e0416f30302d36386632326235303237373064666535303034653730393835613439636162372d376564373630626430316630613635352d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d594359524251e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 66, 182, 897, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.780153+00', '\x20e8400f6572696e2f36360112022180bebcaec8e84fdf08810000000000000000e0416f30302d63356333393030333137356434326537396566383837663666386533336632342d323332376433346339333165356638622d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d5a3332374d47e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-ZSFZUQ', 1, 203, 914, 1, 'lobby', '100', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.936964+00', '\x20e84021667269656e64732d5a53465a55512f310105218028aac6c8e84fdf08810000000000000000e0416f30302d36353034643865336333636532623561363838363632373131333831303139332d353330643062303737633237613731362d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d5a53465a555101090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-ZSFZUQ', 2, 204, 914, 1, 'lobby', '100', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.936964+00', '\x20e84021667269656e64732d5a53465a55512f320109218028aac6c8e84fdf08810000000000000000e0416f30302d36353034643865336333636532623561363838363632373131333831303139332d353330643062303737633237613731362d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d5a53465a555141096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JRFAHC', 1, 213, 923, 3, 'lobby', '49', 'keel.lobby.room-created.v1', '2026-12-01 20:22:13.024915+00', '\x20e84021667269656e64732d4a52464148432f3101052180c215d4c8e84fdf08810000000000000000e0416f30302d65663364656235396666383038353538393864666331643436613330663662392d326366306264653234626439323863362d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d4a524641484301090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JRFAHC', 2, 214, 923, 3, 'lobby', '49', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:13.024915+00', '\x20e84021667269656e64732d4a52464148432f3201092180c215d4c8e84fdf08810000000000000000e0416f30302d65663364656235396666383038353538393864666331643436613330663662392d326366306264653234626439323863362d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d4a524641484341096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 81, 220, 928, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:13.055593+00', '\x20e8400f6572696e2f3831018a0221801ec4d8c8e84fdf08810000000000000000e0416f30302d66616630353565366630666364393031313361663761623439663763646665312d663033623162393237663136613533322d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d533351384d45e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-9Y9VBR', 3, 26, 764, 2, 'lobby', '96', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:11.764301+00', '\x20e84021667269656e64732d3959395642522f33010d218003bb13c8e84fdf08810000000000000000e0416f30302d36393033316461376633336238653864386332326563393135613734613362342d386335636161306361313061666631622d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d39593956425241096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 6, 32, 769, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:11.795679+00', '\x20e8400d6572696e2f3601192180bb8418c8e84fdf08810000000000000000e0416f30302d35303532373261366564316332663438386334623133356333396237646166352d613938396662303031303135343034612d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d58465a4e4233e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 13, 50, 783, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:11.901304+00', '\x20e8400f6572696e2f313301352180b2a228c8e84fdf08810000000000000000e0416f30302d37383266623133616463393233353830636263613031356630643837363766662d616130346230373237666530386331392d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d4a4b43513355e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-YTJPTU', 3, 76, 806, 7, 'lobby', '13', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.069346+00', '\x20e84021667269656e64732d59544a5054552f33010d2180da4642c8e84fdf08810000000000000000e0416f30302d61313763623634626365313531306332386135353863336165643163376539392d626533616138616135616631353335302d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d59544a50545541096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 26, 82, 811, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.101424+00', '\x20e8400f6572696e2f323601692180e82b47c8e84fdf08810000000000000000e0416f30302d66636532303732666666613338373863363439656238373333383835633533652d316636623032393065383635396439342d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d4a5132503634e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-FTMNGC', 1, 98, 825, 1, 'lobby', '2', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.221107+00', '\x20e84021667269656e64732d46544d4e47432f3101052180006f59c8e84fdf08810000000000000000e0416f30302d35333639643130383732363739626363343139353030356339633637343364642d373033386131636333343465343266632d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d46544d4e474301090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-FTMNGC', 2, 99, 825, 1, 'lobby', '2', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.221107+00', '\x20e84021667269656e64732d46544d4e47432f3201092180006f59c8e84fdf08810000000000000000e0416f30302d35333639643130383732363739626363343139353030356339633637343364642d373033386131636333343465343266632d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d46544d4e474341096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-KNXMAJ', 1, 103, 830, 2, 'lobby', '20', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.251029+00', '\x20e84021667269656e64732d4b4e584d414a2f3101052180d4ff5dc8e84fdf08810000000000000000e0416f30302d34323464623961633436623830663939653331313632623864613464336239612d663264303863333063343865326334382d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d4b4e584d414a01090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-KNXMAJ', 2, 104, 830, 2, 'lobby', '20', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.251029+00', '\x20e84021667269656e64732d4b4e584d414a2f3201092180d4ff5dc8e84fdf08810000000000000000e0416f30302d34323464623961633436623830663939653331313632623864613464336239612d663264303863333063343865326334382d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d4b4e584d414a41096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 39, 115, 840, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.313894+00', '\x20e8400f6572696e2f3339019d2180839767c8e84fdf08810000000000000000e0416f30302d32633166373533613966393937313461353634626534626366383738313133322d353166623134356634336630303966352d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d485532444b45e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-X3HSBQ', 3, 141, 862, 1, 'lobby', '100', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.495279+00', '\x20e84021667269656e64732d5833485342512f33010d2180d84483c8e84fdf08810000000000000000e0416f30302d66356133366138373664373937303434386561313461323439363232306138632d303062626164656239346239393534392d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d58334853425141096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 52, 147, 867, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.539733+00', '\x20e8400f6572696e2f353201d12180570d8ac8e84fdf08810000000000000000e0416f30302d32313234633730316564623931376536323235613464313965326435646162382d313536393664383138353832306632622d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d53324a4b3356e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 54, 152, 872, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.571453+00', '\x20e8400f6572696e2f353401d9218068e48ec8e84fdf08810000000000000000e0416f30302d63363864383430306165663338306465643336306163313136386264303732392d336366663037613937653830663839382d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d554a5a393636e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 56, 157, 876, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.608704+00', '\x20e8400f6572696e2f353601e12180839394c8e84fdf08810000000000000000e0416f30302d35336234386139643030323639303662346166383138376231663433386266342d373131326462666138373565356332622d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d445843414757e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-YCYRBQ', 1, 173, 889, 3, 'lobby', '51', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.728174+00', '\x20e84021667269656e64732d5943595242512f310105218053cea6c8e84fdf08810000000000000000e0416f30302d35346664653233396661653134656465356235636430626164326330656661312d633663653833633236336338353839392d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d59435952425101090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-YCYRBQ', 2, 174, 889, 3, 'lobby', '51', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.728174+00', '\x20e84021667269656e64732d5943595242512f320109218053cea6c8e84fdf08810000000000000000e0416f30302d35346664653233396661653134656465356235636430626164326330656661312d633663653833633236336338353839392d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d59435952425141096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-Z327MG', 1, 178, 894, 6, 'lobby', '37', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.762817+00', '\x20e84021667269656e64732d5a3332374d472f31010521808b17acc8e84fdf08810000000000000000e0416f30302d34386231353163303862376438333438666333393132303331363661303164652d306236323530613762383135303363662d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d5a3332374d4701090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-Z327MG', 2, 179, 894, 6, 'lobby', '37', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.762817+00', '\x20e84021667269656e64732d5a3332374d472f32010921808b17acc8e84fdf08810000000000000000e0416f30302d34386231353163303862376438333438666333393132303331363661303164652d306236323530613762383135303363662d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d5a3332374d4741096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 67, 185, 899, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.794053+00', '\x20e8400f6572696e2f3637011a022180b3dbb0c8e84fdf08810000000000000000e0416f30302d38626362383831633466376231353861326166333336353136626663313961352d663035636664373332653036326137612d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d454a48334848e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JKZPXN', 3, 201, 912, 2, 'lobby', '106', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.917592+00', '\x20e84021667269656e64732d4a4b5a50584e2f33010d218072b5c3c8e84fdf08810000000000000000e0416f30302d66643166623138366537356436643936663563616363303063333930373566352d343261383335313338396431623437632d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d4a4b5a50584e41096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-ZSFZUQ', 3, 206, 916, 1, 'lobby', '100', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.960605+00', '\x20e84021667269656e64732d5a53465a55512f33010d2180a545cac8e84fdf08810000000000000000e0416f30302d34386661663635306534373337393833396563376631653736376538383336352d666664356562656565316635353132612d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d5a53465a555141096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-4STBAJ', 3, 211, 921, 3, 'lobby', '49', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:13.001265+00', '\x20e84021667269656e64732d34535442414a2f33010d2180eb79d0c8e84fdf08810000000000000000e0416f30302d65383365653130653037613062643630333962653164636161653663313865342d613662363534666131663531636365392d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d34535442414a41096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 80, 217, 926, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:13.040325+00', '\x20e8400f6572696e2f38300182022180b36fd6c8e84fdf08810000000000000000e0416f30302d63633031376261353731363966373138613739386336383138666437376265372d356434663263636630363333623961382d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d4a5246414843e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 82, 222, 930, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:13.070253+00', '\x20e8400f6572696e2f38320192022180c300dbc8e84fdf08810000000000000000e0416f30302d63303937353136636162346163633637623339303231653139616134633562642d333965353830373739623164643430642d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d533351384d45e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 84, 227, 935, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:13.096339+00', '\x20e8400f6572696e2f383401a2022180c5fbdec8e84fdf08810000000000000000e0416f30302d31376631666532353836376139393963336365306463636237393735623932622d346638646661643161303230343137322d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d4e4b58384b36e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 4, 27, 765, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:11.766281+00', '\x20e8400d6572696e2f3401112180610814c8e84fdf08810000000000000000e0416f30302d64316261313532663237653061316663373661343133636134313433346162312d393262633839373165366132666364312d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d395939564252e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-XFZNB3', 1, 28, 766, 2, 'lobby', '108', 'keel.lobby.room-created.v1', '2026-12-01 20:22:11.778873+00', '\x20e84021667269656e64732d58465a4e42332f31010521803ff415c8e84fdf08810000000000000000e0416f30302d34396463306531343330316364323464353666393439333066353538633030342d623661656338316436306133613734342d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d58465a4e423301090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-XFZNB3', 2, 29, 766, 2, 'lobby', '108', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:11.778873+00', '\x20e84021667269656e64732d58465a4e42332f32010921803ff415c8e84fdf08810000000000000000e0416f30302d34396463306531343330316364323464353666393439333066353538633030342d623661656338316436306133613734342d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d58465a4e423341096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 7, 35, 771, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:11.810205+00', '\x20e8400d6572696e2f37011d218022bc1ac8e84fdf08810000000000000000e0416f30302d65353930383636626537366363343766663434306633353131363738623365642d626539386630366134663633626461342d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d554646475243e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-8RCRG2', 3, 41, 776, 6, 'lobby', '103', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:11.853321+00', '\x20e84021667269656e64732d3852435247322f33010d21805e5021c8e84fdf08810000000000000000e0416f30302d65623464316464353431633833626531663863333863393936333336616262382d346338333161383531363034346266382d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d38524352473241096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 10, 42, 777, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:11.855583+00', '\x20e8400f6572696e2f313001292180bba821c8e84fdf08810000000000000000e0416f30302d30333636656266383439636166323536396337383263666231326132393234642d393331643831633139623038623130322d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d385243524732e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-3B7QPJ', 3, 46, 780, 0, 'lobby', '10', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:11.884262+00', '\x20e84021667269656e64732d33423751504a2f33010d2180fe0826c8e84fdf08810000000000000000e0416f30302d62633766636464663835643330333262366664336664343438316365396238302d316361303439373038353836656561632d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d33423751504a41096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 12, 47, 781, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:11.886203+00', '\x20e8400f6572696e2f313201312180cf5426c8e84fdf08810000000000000000e0416f30302d36303032386637323534376366333366623931633432663839633235316566612d313937303736343430653234333939392d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d33423751504ae0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JKCQ3U', 3, 51, 784, 0, 'lobby', '126', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:11.912675+00', '\x20e84021667269656e64732d4a4b435133552f33010d2180de5e2ac8e84fdf08810000000000000000e0416f30302d38303864333365663039363165343966376438656534336330623339333661622d663966353435613836666233303765352d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d4a4b4351335541096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-BHCWT2', 3, 56, 788, 6, 'lobby', '71', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:11.944745+00', '\x20e84021667269656e64732d4248435754322f33010d21809f432fc8e84fdf08810000000000000000e0416f30302d63376333613435393763393731633364366665616266393939306336633032632d663235616631383066393731666432352d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d42484357543241096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-NY78J4', 3, 61, 792, 3, 'lobby', '49', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:11.977236+00', '\x20e84021667269656e64732d4e5937384a342f33010d2180c83834c8e84fdf08810000000000000000e0416f30302d62363161623164663130613233306364666561316661636130643730363938322d613732383138343665636363616265652d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d4e5937384a3441096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 18, 62, 793, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:11.979403+00', '\x20e8400f6572696e2f313801492180718d34c8e84fdf08810000000000000000e0416f30302d32653166633665623766663635356537643834353865336562666336346434362d623963313732366161333137343232322d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d4e5937384a34e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-C74GN6', 3, 66, 797, 2, 'lobby', '6', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.006188+00', '\x20e84021667269656e64732d433734474e362f33010d2180bba338c8e84fdf08810000000000000000e0416f30302d31343866366231386665323763386663643637366266323763613966656661612d616161393063643538623838646466392d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d433734474e3641096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-G9CGYM', 3, 71, 801, 2, 'lobby', '53', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.036112+00', '\x20e84021667269656e64732d47394347594d2f33010d2180a3343dc8e84fdf08810000000000000000e0416f30302d37343933343834376563613265326232386437353364396163333532653665352d366638633634373639383535663363642d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d47394347594d41096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 22, 72, 802, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.038752+00', '\x20e8400f6572696e2f323201592180c19b3dc8e84fdf08810000000000000000e0416f30302d66373962333462383038323066336663366165626334366465363563343835382d663336653334663962653535313065362d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d47394347594de0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 24, 77, 807, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.071511+00', '\x20e8400f6572696e2f3234016121806c9b42c8e84fdf08810000000000000000e0416f30302d39386432333834353533353131393734633035633037396563323036623566332d646237613264316331653535313634662d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d59544a505455e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JQ2P64', 3, 81, 810, 0, 'lobby', '76', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.098931+00', '\x20e84021667269656e64732d4a51325036342f33010d218081ca46c8e84fdf08810000000000000000e0416f30302d33653532323666326564363962643863393262396639363532386561663235352d353933303130346437633639303433612d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d4a513250363441096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 28, 87, 815, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.128839+00', '\x20e8400f6572696e2f323801712180cc5a4bc8e84fdf08810000000000000000e0416f30302d65313134653739333537343161643964313066653636616434613965353539372d643136613366326430316463633131392d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d415543585834e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-24J9ZB', 1, 108, 834, 5, 'lobby', '82', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.281799+00', '\x20e84021667269656e64732d32344a395a422f3101052180cbb162c8e84fdf08810000000000000000e0416f30302d39313034386434623633346635643030336436343062626435373162663732382d316462343762653237633264373462312d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d32344a395a4201090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-24J9ZB', 2, 109, 834, 5, 'lobby', '82', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.281799+00', '\x20e84021667269656e64732d32344a395a422f3201092180cbb162c8e84fdf08810000000000000000e0416f30302d39313034386434623633346635643030336436343062626435373162663732382d316462343762653237633264373462312d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d32344a395a4241096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-HU2DKE', 1, 113, 839, 5, 'lobby', '68', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.312384+00', '\x20e84021667269656e64732d485532444b452f3101052180815c67c8e84fdf08810000000000000000e0416f30302d66626434333265336233646661666237366131636139666361663030306630392d363930666663303063613733336135612d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d485532444b4501090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-HU2DKE', 2, 114, 839, 5, 'lobby', '68', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.312384+00', '\x20e84021667269656e64732d485532444b452f3201092180815c67c8e84fdf08810000000000000000e0416f30302d66626434333265336233646661666237366131636139666361663030306630392d363930666663303063613733336135612d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d485532444b4541096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-EVUY69', 1, 118, 843, 3, 'lobby', '45', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.345172+00', '\x20e84021667269656e64732d4556555936392f3101052180485d6cc8e84fdf08810000000000000000e0416f30302d31383436386363653634623065643463373766653831313962643464343331312d393332303639616232626437393235662d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d45565559363901090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-EVUY69', 2, 119, 843, 3, 'lobby', '45', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.345172+00', '\x20e84021667269656e64732d4556555936392f3201092180485d6cc8e84fdf08810000000000000000e0416f30302d31383436386363653634623065643463373766653831313962643464343331312d393332303639616232626437393235662d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d45565559363941096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 41, 120, 844, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.347488+00', '\x20e8400f6572696e2f343101a52180c8b76cc8e84fdf08810000000000000000e0416f30302d63383037636663373764336361646363613334643166366330623866363266332d653461336465653661316438623534642d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d455655593639e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-XFZNB3', 3, 31, 768, 2, 'lobby', '108', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:11.793256+00', '\x20e84021667269656e64732d58465a4e42332f33010d2180192618c8e84fdf08810000000000000000e0416f30302d65386535613964313930633466393833323432313632326263336561633865392d333838376331346361626162323561352d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d58465a4e423341096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 8, 37, 773, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:11.824959+00', '\x20e8400d6572696e2f380121218076fc1cc8e84fdf08810000000000000000e0416f30302d33343635346631333865343239383362333933633464626339623337616636302d353562353462393032633338323863382d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d554646475243e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 9, 40, 775, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:11.842264+00', '\x20e8400d6572696e2f390125218078a01fc8e84fdf08810000000000000000e0416f30302d30383936623836653536313538656434323239333539313963303062613137622d333766343939343132653261656237622d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d385243524732e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JKCQ3U', 1, 48, 782, 0, 'lobby', '126', 'keel.lobby.room-created.v1', '2026-12-01 20:22:11.899135+00', '\x20e84021667269656e64732d4a4b435133552f3101052180fe4d28c8e84fdf08810000000000000000e0416f30302d64643034366561343665313064616637363236643137613363343265313437392d666132633161303031666161356138372d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d4a4b4351335501090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JKCQ3U', 2, 49, 782, 0, 'lobby', '126', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:11.899135+00', '\x20e84021667269656e64732d4a4b435133552f3201092180fe4d28c8e84fdf08810000000000000000e0416f30302d64643034366561343665313064616637363236643137613363343265313437392d666132633161303031666161356138372d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d4a4b4351335541096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 15, 55, 787, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:11.93141+00', '\x20e8400f6572696e2f3135013d2180b53a2dc8e84fdf08810000000000000000e0416f30302d33333565623864663631666265356139396539376363643365396462383734332d313263623863653331333634663436632d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d424843575432e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 17, 60, 791, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:11.96347+00', '\x20e8400f6572696e2f313701452180131f32c8e84fdf08810000000000000000e0416f30302d65303866643934663038393361393636393830383338623664643566646239642d336433343039303333643565653334662d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d4e5937384a34e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 19, 65, 796, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:11.993898+00', '\x20e8400f6572696e2f3139014d2180a8c336c8e84fdf08810000000000000000e0416f30302d64353732343561663463613263326262383936343062356436356666346461352d356361363662303461643335656230662d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d433734474e36e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 21, 70, 800, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.024741+00', '\x20e8400f6572696e2f32310155218076783bc8e84fdf08810000000000000000e0416f30302d35323063333934326637653532303337376561346162643933303134636563302d393631303936633663663264653938612d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d47394347594de0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 23, 75, 804, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.056968+00', '\x20e8400f6572696e2f3233015d2180506340c8e84fdf08810000000000000000e0416f30302d37316333616535653934366435373664336339613963653963333765356639372d313336373438386132623437626231632d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d59544a505455e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-AUCXX4', 3, 86, 814, 3, 'lobby', '116', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.126841+00', '\x20e84021667269656e64732d4155435858342f33010d2180c30c4bc8e84fdf08810000000000000000e0416f30302d34343831356139313462316137313532666332303138616430333264316638312d323466323335393136346664666639352d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d41554358583441096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 30, 92, 819, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.174404+00', '\x20e8400f6572696e2f333001792180aa4e52c8e84fdf08810000000000000000e0416f30302d61646566616338353337656530373364376163666631653965393964643237362d333235636262393331613239366330322d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d585846445633e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 32, 97, 824, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.206426+00', '\x20e8400f6572696e2f3332018121808c3157c8e84fdf08810000000000000000e0416f30302d32323364376438393631383666313036646366386431373439613965313038632d623836333831643839313630393766662d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d333739585245e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-X3HSBQ', 1, 138, 860, 1, 'lobby', '100', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.472823+00', '\x20e84021667269656e64732d5833485342512f3101052180abd77fc8e84fdf08810000000000000000e0416f30302d32366633623330616663336236653334643838343463393834663636336436362d643465313534363639373663663863642d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d58334853425101090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-X3HSBQ', 2, 139, 860, 1, 'lobby', '100', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.472823+00', '\x20e84021667269656e64732d5833485342512f3201092180abd77fc8e84fdf08810000000000000000e0416f30302d32366633623330616663336236653334643838343463393834663636336436362d643465313534363639373663663863642d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d58334853425141096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 51, 145, 865, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.520538+00', '\x20e8400f6572696e2f353101cd2180881f87c8e84fdf08810000000000000000e0416f30302d61653038663733653064343965303333353333663434623264656261366531652d313035633639333633646664313165302d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d53324a4b3356e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-UJZ966', 3, 151, 870, 7, 'lobby', '119', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.56491+00', '\x20e84021667269656e64732d554a5a3936362f33010d2180cce48dc8e84fdf08810000000000000000e0416f30302d34633633396563393662366235383763366161373736333932623662336362622d613661653539343463333636663735642d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d554a5a39363641096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-C2MRTN', 3, 161, 879, 4, 'lobby', '29', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.645306+00', '\x20e84021667269656e64732d43324d52544e2f33010d21804c299ac8e84fdf08810000000000000000e0416f30302d66663738373961313764376266396565666339343734353538643631636661352d626565623764343361386165336337642d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d43324d52544e41096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 60, 167, 884, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.684787+00', '\x20e8400f6572696e2f363001f12180872fa0c8e84fdf08810000000000000000e0416f30302d35633866393638623639383633393236353433656338343837353734663365372d366537346331626162646439656230652d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d425a48523648e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-AMVSBB', 1, 188, 902, 0, 'lobby', '0', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.820291+00', '\x20e84021667269656e64732d414d565342422f3101052180a7dcb4c8e84fdf08810000000000000000e0416f30302d38663763373535653236623438383166376130373439333235303835393431332d303733653935353263326662313163612d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d414d5653424201090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-AMVSBB', 2, 189, 902, 0, 'lobby', '0', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.820291+00', '\x20e84021667269656e64732d414d565342422f3201092180a7dcb4c8e84fdf08810000000000000000e0416f30302d38663763373535653236623438383166376130373439333235303835393431332d303733653935353263326662313163612d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d414d5653424241096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 71, 195, 907, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.85807+00', '\x20e8400f6572696e2f3731013a02218065a0bac8e84fdf08810000000000000000e0416f30302d61353334343065623638613334653833353065313161343234356364633539652d633131333037613135343165376165662d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d4a5347544632e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 77, 210, 920, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.989528+00', '\x20e8400f6572696e2f3737016a02218072afcec8e84fdf08810000000000000000e0416f30302d30383663616265343263633062363565383332643333373763303331626531392d623339636134316463333131643435322d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d34535442414ae0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-TWYAPE', 3, 231, 938, 1, 'lobby', '113', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:13.121554+00', '\x20e84021667269656e64732d5457594150452f33010d2180bdd4e2c8e84fdf08810000000000000000e0416f30302d35383737656134613839386562636638393362393639666435313866313161362d353933313336343763313263623437662d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d54575941504541096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 88, 237, 943, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:13.159401+00', '\x20e8400f6572696e2f383801c20221801b9be8c8e84fdf08810000000000000000e0416f30302d34336264393236653265643432323130343766346633366634613262306234362d313231376366643866383764613931382d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d413559354b4ae0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-UFFGRC', 1, 33, 770, 4, 'lobby', '30', 'keel.lobby.room-created.v1', '2026-12-01 20:22:11.808035+00', '\x20e84021667269656e64732d5546464752432f310105218064671ac8e84fdf08810000000000000000e0416f30302d31306261663262646432376164636637616536386439343562363764386261362d376633613732323835326463383033342d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d55464647524301090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-UFFGRC', 2, 34, 770, 4, 'lobby', '30', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:11.808035+00', '\x20e84021667269656e64732d5546464752432f320109218064671ac8e84fdf08810000000000000000e0416f30302d31306261663262646432376164636637616536386439343562363764386261362d376633613732323835326463383033342d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d55464647524341096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 14, 52, 785, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:11.914786+00', '\x20e8400f6572696e2f31340139218054b12ac8e84fdf08810000000000000000e0416f30302d66336631623239326332393331343734373263666237346438663137303366632d363933386236666261316638316265612d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d4a4b43513355e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 16, 57, 789, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:11.946609+00', '\x20e8400f6572696e2f313601412180728c2fc8e84fdf08810000000000000000e0416f30302d30636663633337333165343464366666366331316135616462373734626535632d353963623064323937343964376130662d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d424843575432e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 20, 67, 798, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.010162+00', '\x20e8400f6572696e2f323001512180f83e39c8e84fdf08810000000000000000e0416f30302d39356438656261616336613764623632316430616430613564396136303366632d633533653035356434353430373132372d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d433734474e36e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-XXFDV3', 1, 88, 816, 5, 'lobby', '104', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.143766+00', '\x20e84021667269656e64732d5858464456332f3101052180e3a14dc8e84fdf08810000000000000000e0416f30302d33656531376633353637306133316366373437643763643064313461383061632d663735633234386134396563643663352d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d58584644563301090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-XXFDV3', 2, 89, 816, 5, 'lobby', '104', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.143766+00', '\x20e84021667269656e64732d5858464456332f3201092180e3a14dc8e84fdf08810000000000000000e0416f30302d33656531376633353637306133316366373437643763643064313461383061632d663735633234386134396563643663352d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d58584644563341096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-379XRE', 1, 93, 821, 3, 'lobby', '51', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.188998+00', '\x20e84021667269656e64732d3337395852452f3101052180c08854c8e84fdf08810000000000000000e0416f30302d37663231636437386262323664376666666663393366313066643234653832392d626666343265663866303761373831332d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d33373958524501090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-379XRE', 2, 94, 821, 3, 'lobby', '51', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.188998+00', '\x20e84021667269656e64732d3337395852452f3201092180c08854c8e84fdf08810000000000000000e0416f30302d37663231636437386262323664376666666663393366313066643234653832392d626666343265663866303761373831332d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d33373958524541096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 33, 100, 826, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.223145+00', '\x20e8400f6572696e2f3333018521809fbe59c8e84fdf08810000000000000000e0416f30302d31643666373035323437633438333766666264306566353834313136363166322d383636363664333839313636623838632d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d46544d4e4743e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 35, 105, 831, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.253023+00', '\x20e8400f6572696e2f3335018d2180be4d5ec8e84fdf08810000000000000000e0416f30302d34393833613832303363613032306531623839366639306666366163323062652d633861383638363836383666373531342d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d4b4e584d414ae0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 37, 110, 835, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.284423+00', '\x20e8400f6572696e2f3337019521804b1863c8e84fdf08810000000000000000e0416f30302d65363263613331663430656163336334653934386638326561383664323535382d313437303930376264376530393631652d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d32344a395a42e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-EVUY69', 3, 121, 845, 3, 'lobby', '45', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.36204+00', '\x20e84021667269656e64732d4556555936392f33010d218035f06ec8e84fdf08810000000000000000e0416f30302d37303933616562306164326265356133613636366566633566323333303130312d376237626234363434383734333430662d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d45565559363941096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-2RJT8V', 3, 126, 849, 4, 'lobby', '29', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.393026+00', '\x20e84021667269656e64732d32524a5438562f33010d21809caa73c8e84fdf08810000000000000000e0416f30302d35373035366230633936633034363565303431366339646563663662313439372d326461626163336666343238356338662d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d32524a54385641096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 46, 132, 854, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.427968+00', '\x20e8400f6572696e2f343601b9218080ff78c8e84fdf08810000000000000000e0416f30302d39353666326239663637643938376465666364656566396337633236303766662d386161656635323562626637313435302d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d54335552474de0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 48, 137, 859, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.457968+00', '\x20e8400f6572696e2f343801c1218064937dc8e84fdf08810000000000000000e0416f30302d35626638633066373563653136376437333165616665346339343164333465652d313863316366326330303533623762302d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d4a5358504e41e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-BZHR6H', 1, 163, 881, 3, 'lobby', '49', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.661697+00', '\x20e84021667269656e64732d425a485236482f310105218092a99cc8e84fdf08810000000000000000e0416f30302d34323939326163636161333739663662393539393437313461633633373736312d646131333939663466323037663062652d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d425a4852364801090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-BZHR6H', 2, 164, 881, 3, 'lobby', '49', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.661697+00', '\x20e84021667269656e64732d425a485236482f320109218092a99cc8e84fdf08810000000000000000e0416f30302d34323939326163636161333739663662393539393437313461633633373736312d646131333939663466323037663062652d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d425a4852364841096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 61, 170, 886, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.701341+00', '\x20e8400f6572696e2f363101f5218024b6a2c8e84fdf08810000000000000000e0416f30302d61313431663333396362356564653234306335353630383232323832326430312d383839656139356131363031356538612d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d4a4d59424b45e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-EJH3HH', 3, 186, 900, 7, 'lobby', '43', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.804889+00', '\x20e84021667269656e64732d454a483348482f33010d2180fa82b2c8e84fdf08810000000000000000e0416f30302d32633964623166303065303930613932303264366366336638636534363637342d643736656538636636376264653366652d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d454a4833484841096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 70, 192, 905, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.835773+00', '\x20e8400f6572696e2f373001320221806439b7c8e84fdf08810000000000000000e0416f30302d32633465623263323762323364613561373761333934366536383731336136322d343861366466336331393538393931342d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d414d56534242e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 72, 197, 909, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.876109+00', '\x20e8400f6572696e2f373201420221800a61bdc8e84fdf08810000000000000000e0416f30302d38353663663762386531636534336233373836343834313134303938383062662d356362656535383837616663373832392d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d4a5347544632e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 78, 212, 922, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:13.008329+00', '\x20e8400f6572696e2f37380172022180e28dd1c8e84fdf08810000000000000000e0416f30302d62393533646136313839313738353565653063663136393963653130383266342d323866313932303931393439383363652d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d34535442414ae0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-A5Y5KJ', 1, 233, 940, 3, 'lobby', '116', 'keel.lobby.room-created.v1', '2026-12-01 20:22:13.138938+00', '\x20e84021667269656e64732d413559354b4a2f3101052180ca7be5c8e84fdf08810000000000000000e0416f30302d35643964396466633433653165643836313666366137663633633865633232372d613738643564646463333637376336392d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d413559354b4a01090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-A5Y5KJ', 2, 234, 940, 3, 'lobby', '116', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:13.138938+00', '\x20e84021667269656e64732d413559354b4a2f3201092180ca7be5c8e84fdf08810000000000000000e0416f30302d35643964396466633433653165643836313666366137663633633865633232372d613738643564646463333637376336392d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d413559354b4a41096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-8RCRG2', 1, 38, 774, 6, 'lobby', '103', 'keel.lobby.room-created.v1', '2026-12-01 20:22:11.839182+00', '\x20e84021667269656e64732d3852435247322f310105218011281fc8e84fdf08810000000000000000e0416f30302d33663934613434663461376561623432323438323063653931303131616336662d353765613432633064363762356438372d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d38524352473201090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-8RCRG2', 2, 39, 774, 6, 'lobby', '103', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:11.839182+00', '\x20e84021667269656e64732d3852435247322f320109218011281fc8e84fdf08810000000000000000e0416f30302d33663934613434663461376561623432323438323063653931303131616336662d353765613432633064363762356438372d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d38524352473241096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-3B7QPJ', 1, 43, 778, 0, 'lobby', '10', 'keel.lobby.room-created.v1', '2026-12-01 20:22:11.870215+00', '\x20e84021667269656e64732d33423751504a2f310105218046e423c8e84fdf08810000000000000000e0416f30302d30663634666336636232323935626264656632383533626464343437323132322d363831386537376439336164623834612d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d33423751504a01090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-3B7QPJ', 2, 44, 778, 0, 'lobby', '10', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:11.870215+00', '\x20e84021667269656e64732d33423751504a2f320109218046e423c8e84fdf08810000000000000000e0416f30302d30663634666336636232323935626264656632383533626464343437323132322d363831386537376439336164623834612d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d33423751504a41096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-YTJPTU', 1, 73, 803, 7, 'lobby', '13', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.054068+00', '\x20e84021667269656e64732d59544a5054552f31010521800ef23fc8e84fdf08810000000000000000e0416f30302d65336263303635636139663434626362373032373362653964393134616166382d393739303561643661663366353837392d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d59544a50545501090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-YTJPTU', 2, 74, 803, 7, 'lobby', '13', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.054068+00', '\x20e84021667269656e64732d59544a5054552f32010921800ef23fc8e84fdf08810000000000000000e0416f30302d65336263303635636139663434626362373032373362653964393134616166382d393739303561643661663366353837392d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d59544a50545541096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JQ2P64', 1, 78, 808, 0, 'lobby', '76', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.085008+00', '\x20e84021667269656e64732d4a51325036342f3101052180a1aa44c8e84fdf08810000000000000000e0416f30302d35343439646330646166613964623163633032346432333436383963623937332d343533353437663565613932666566622d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d4a513250363401090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JQ2P64', 2, 79, 808, 0, 'lobby', '76', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.085008+00', '\x20e84021667269656e64732d4a51325036342f3201092180a1aa44c8e84fdf08810000000000000000e0416f30302d35343439646330646166613964623163633032346432333436383963623937332d343533353437663565613932666566622d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d4a513250363441096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 27, 85, 813, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.1155+00', '\x20e8400f6572696e2f3237016d2180bb5149c8e84fdf08810000000000000000e0416f30302d64653431646165313466613533326330363430643932373961393661666262642d613530643362646365386265363730642d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d415543585834e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-FTMNGC', 3, 101, 827, 1, 'lobby', '2', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.234569+00', '\x20e84021667269656e64732d46544d4e47432f33010d2180e17c5bc8e84fdf08810000000000000000e0416f30302d64613262376338316362623835646133623730636563663864303434393131362d663532333033346430366363656630302d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d46544d4e474341096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-KNXMAJ', 3, 106, 832, 2, 'lobby', '20', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.264636+00', '\x20e84021667269656e64732d4b4e584d414a2f33010d21805a1360c8e84fdf08810000000000000000e0416f30302d62363864653331323964326637613665666332376632393137613933646630632d303763326461366237386138393038312d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d4b4e584d414a41096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 38, 112, 837, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.2986+00', '\x20e8400f6572696e2f333801992180134265c8e84fdf08810000000000000000e0416f30302d38643063646465363666386364663739363836636435666337633463663363322d363164316130383863653161336536662d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d32344a395a42e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 40, 117, 842, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.329012+00', '\x20e8400f6572696e2f343001a121800ce669c8e84fdf08810000000000000000e0416f30302d66653663393034316134313630616530633839666462633835623332653037312d346561656638316262396231343362612d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d485532444b45e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-S2JK3V', 1, 143, 864, 3, 'lobby', '102', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.51583+00', '\x20e84021667269656e64732d53324a4b33562f3101052180a06786c8e84fdf08810000000000000000e0416f30302d30643930386336613934396233376130336165353164636639643762313363312d623861633337323861333638306630622d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d53324a4b335601090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-S2JK3V', 2, 144, 864, 3, 'lobby', '102', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.51583+00', '\x20e84021667269656e64732d53324a4b33562f3201092180a06786c8e84fdf08810000000000000000e0416f30302d30643930386336613934396233376130336165353164636639643762313363312d623861633337323861333638306630622d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d53324a4b335641096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 53, 150, 869, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.553885+00', '\x20e8400f6572696e2f353301d5218023368cc8e84fdf08810000000000000000e0416f30302d62313766386263363665646136396366633163613037383332643761393733662d323461633835363139373661666534632d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d554a5a393636e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 55, 155, 874, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.591252+00', '\x20e8400f6572696e2f353501dd2180c9e991c8e84fdf08810000000000000000e0416f30302d65623366623036653337363537386437333332323739646631646436356635342d323136633163623237653733613335642d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d445843414757e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 57, 160, 878, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.627505+00', '\x20e8400f6572696e2f353701e52180f27197c8e84fdf08810000000000000000e0416f30302d30393936616265363865393566633436383530633262626639663134336362632d633830356661343539636334313862362d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d43324d52544ee0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-YCYRBQ', 3, 176, 891, 3, 'lobby', '51', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.744793+00', '\x20e84021667269656e64732d5943595242512f33010d21807e57a9c8e84fdf08810000000000000000e0416f30302d38663763393739636434313263303134396336376635626233613430393037322d333335316534653862633063303066302d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d59435952425141096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-Z327MG', 3, 181, 896, 6, 'lobby', '37', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.778196+00', '\x20e84021667269656e64732d5a3332374d472f33010d21804f70aec8e84fdf08810000000000000000e0416f30302d31396333366462366636353663653364623362326266343735386537613665662d653561396564373238376436316537642d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d5a3332374d4741096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 68, 187, 901, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.806897+00', '\x20e8400f6572696e2f3638012202218070d1b2c8e84fdf08810000000000000000e0416f30302d35356465633434353663333132666238346436663430353561383830636130662d303435363561326435356634313133362d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d454a48334848e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-S3Q8ME', 1, 218, 927, 0, 'lobby', '48', 'keel.lobby.room-created.v1', '2026-12-01 20:22:13.054048+00', '\x20e84021667269656e64732d533351384d452f3101052180c287d8c8e84fdf08810000000000000000e0416f30302d65623165626438333965333363616264316265363435623435396662613532332d636363376462633062346163636662372d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d533351384d4501090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-S3Q8ME', 2, 219, 927, 0, 'lobby', '48', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:13.054048+00', '\x20e84021667269656e64732d533351384d452f3201092180c287d8c8e84fdf08810000000000000000e0416f30302d65623165626438333965333363616264316265363435623435396662613532332d636363376462633062346163636662372d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d533351384d4541096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-TWYAPE', 1, 228, 936, 1, 'lobby', '113', 'keel.lobby.room-created.v1', '2026-12-01 20:22:13.10917+00', '\x20e84021667269656e64732d5457594150452f3101052180f7f0e0c8e84fdf08810000000000000000e0416f30302d30663733613861613965356638633263646431653564323436306334616338652d313934343861666533343132666664352d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d54575941504501090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-TWYAPE', 2, 229, 936, 1, 'lobby', '113', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:13.10917+00', '\x20e84021667269656e64732d5457594150452f3201092180f7f0e0c8e84fdf08810000000000000000e0416f30302d30663733613861613965356638633263646431653564323436306334616338652d313934343861666533343132666664352d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d54575941504541096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 43, 125, 848, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.379955+00', '\x20e8400f6572696e2f343301ad2180feab71c8e84fdf08810000000000000000e0416f30302d64313166306536616431323964336237386638353063396532613964326631612d373562326665366536626332366562642d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d32524a543856e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-T3URGM', 3, 131, 853, 7, 'lobby', '119', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.426417+00', '\x20e84021667269656e64732d54335552474d2f33010d2180edc278c8e84fdf08810000000000000000e0416f30302d30316337396533653936373533303064623038653638393931393037353834342d333731366365643339656365356135652d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d54335552474d41096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JSXPNA', 3, 136, 858, 7, 'lobby', '31', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.455561+00', '\x20e84021667269656e64732d4a5358504e412f33010d21805f357dc8e84fdf08810000000000000000e0416f30302d35663435656432333163636233343330303938383134363830393261343966332d663938343634376430323638643137342d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d4a5358504e4141096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 50, 142, 863, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.497125+00', '\x20e8400f6572696e2f353001c92180f48c83c8e84fdf08810000000000000000e0416f30302d35343536643736613635626131336330336331336262636630633634366237632d336361616139303535613261343031352d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d583348534251e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JMYBKE', 1, 168, 885, 1, 'lobby', '111', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.69993+00', '\x20e84021667269656e64732d4a4d59424b452f31010521800d7fa2c8e84fdf08810000000000000000e0416f30302d65306264386631623738376631356662616139396333656532323164376534342d323535663239663761626638653630392d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d4a4d59424b4501090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JMYBKE', 2, 169, 885, 1, 'lobby', '111', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.69993+00', '\x20e84021667269656e64732d4a4d59424b452f32010921800d7fa2c8e84fdf08810000000000000000e0416f30302d65306264386631623738376631356662616139396333656532323164376534342d323535663239663761626638653630392d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d4a4d59424b4541096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 63, 175, 890, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.730151+00', '\x20e8400f6572696e2f363301fd21808b1ba7c8e84fdf08810000000000000000e0416f30302d32616439633761653636666630343530643639336237623865376636313438392d386133383237666637333563396337622d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d594359524251e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 65, 180, 895, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.764681+00', '\x20e8400f6572696e2f3635010a0221806060acc8e84fdf08810000000000000000e0416f30302d39336561373733383538303132316237396365323263326564386239313765652d363337386236353131663536333763342d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d5a3332374d47e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-AMVSBB', 3, 191, 904, 0, 'lobby', '0', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.834006+00', '\x20e84021667269656e64732d414d565342422f33010d21805ff4b6c8e84fdf08810000000000000000e0416f30302d31666161373631646236353335316161653137383833393430313661323533322d343363323835363566386532636464642d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d414d5653424241096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JSGTF2', 3, 196, 908, 3, 'lobby', '93', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.874517+00', '\x20e84021667269656e64732d4a53475446322f33010d2180d622bdc8e84fdf08810000000000000000e0416f30302d61616230633162646536633635353362643733363164343730336631393636352d303236653063653563386231303839362d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d4a534754463241096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 74, 202, 913, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.919567+00', '\x20e8400f6572696e2f373401520221809c02c4c8e84fdf08810000000000000000e0416f30302d33646366656563396462306233386564626434386262343737343533653038312d313238343136646234373766343766642d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d4a4b5a50584ee0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 76, 207, 917, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.96468+00', '\x20e8400f6572696e2f37360162022180d3e4cac8e84fdf08810000000000000000e0416f30302d34313536313631336334383535383834376238383531363630623831346637622d313831636533616665373031303233382d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d5a53465a5551e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-HPW6E8', 1, 238, 944, 2, 'lobby', '53', 'keel.lobby.room-created.v1', '2026-12-01 20:22:13.17361+00', '\x20e84021667269656e64732d4850573645382f310105218025c6eac8e84fdf08810000000000000000e0416f30302d62646237626263666337616639643634393130633436393430393139353564382d626331303765313164353366356136612d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d48505736453801090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-HPW6E8', 2, 239, 944, 2, 'lobby', '53', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:13.17361+00', '\x20e84021667269656e64732d4850573645382f320109218025c6eac8e84fdf08810000000000000000e0416f30302d62646237626263666337616639643634393130633436393430393139353564382d626331303765313164353366356136612d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d48505736453841096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 45, 130, 852, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.413433+00', '\x20e8400f6572696e2f343501b52180bfc776c8e84fdf08810000000000000000e0416f30302d30653665633264356638393966303262303533333930343961663664383765622d623962313737333361633631393266342d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d54335552474de0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 47, 135, 857, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.442203+00', '\x20e8400f6572696e2f343701bd2180912b7bc8e84fdf08810000000000000000e0416f30302d66393835663933376631393737383833636235656564343635383538346330332d353962643634333633363762646634342d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d4a5358504e41e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-S2JK3V', 3, 146, 866, 3, 'lobby', '102', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.537998+00', '\x20e84021667269656e64732d53324a4b33562f33010d218093c989c8e84fdf08810000000000000000e0416f30302d31363337353631643364303330353133396439333236656465326461363061642d666239363763383339363133376433332d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d53324a4b335641096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-DXCAGW', 3, 156, 875, 5, 'lobby', '3', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:12.606568+00', '\x20e84021667269656e64732d4458434147572f33010d2180134094c8e84fdf08810000000000000000e0416f30302d36376464336530353165303134303032623835313938306666613133313731622d383632666234393637373739376436632d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d44584341475741096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 58, 162, 880, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:12.647498+00', '\x20e8400f6572696e2f353801e92180e47e9ac8e84fdf08810000000000000000e0416f30302d35373637626136666130353235653461366463356534626431306436383162312d623062343564366262303839383133642d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d43324d52544ee0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-EJH3HH', 1, 183, 898, 7, 'lobby', '43', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.792253+00', '\x20e84021667269656e64732d454a483348482f31010521806295b0c8e84fdf08810000000000000000e0416f30302d63663735626536626131616132643466623036646536356666303063316237342d306330336261373835633166366661312d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d454a4833484801090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-EJH3HH', 2, 184, 898, 7, 'lobby', '43', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.792253+00', '\x20e84021667269656e64732d454a483348482f32010921806295b0c8e84fdf08810000000000000000e0416f30302d63663735626536626131616132643466623036646536356666303063316237342d306330336261373835633166366661312d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d454a4833484841096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 69, 190, 903, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.821759+00', '\x20e8400f6572696e2f3639012a022180ff15b5c8e84fdf08810000000000000000e0416f30302d38353735326632323639663763663334373834326635326262306535316139322d343032353462313930333138336339352d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d414d56534242e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 73, 200, 911, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.89823+00', '\x20e8400f6572696e2f3733014a0221801cc1c0c8e84fdf08810000000000000000e0416f30302d31363836643765623338663162396536393036623436613038626162636434632d353736663535333638343935653433382d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d4a4b5a50584ee0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JRFAHC', 3, 216, 925, 3, 'lobby', '49', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:13.038434+00', '\x20e84021667269656e64732d4a52464148432f33010d2180d725d6c8e84fdf08810000000000000000e0416f30302d39613638326134353039383533313063616537643664653461346534646432362d306164373137356662653239633233372d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d4a524641484341096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-S3Q8ME', 3, 221, 929, 0, 'lobby', '48', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:13.068718+00', '\x20e84021667269656e64732d533351384d452f33010d2180d0c4dac8e84fdf08810000000000000000e0416f30302d37653132393534356663353862313534653935306636316430303965303835662d666530313938373038353066333435342d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d533351384d4541096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-NKX8K6', 3, 226, 934, 5, 'lobby', '59', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:13.094875+00', '\x20e84021667269656e64732d4e4b58384b362f33010d218097c2dec8e84fdf08810000000000000000e0416f30302d64396466316336313430366638636239333363323131366435313331333734662d643635633835353732336364376130362d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d4e4b58384b3641096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 86, 232, 939, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:13.123908+00', '\x20e8400f6572696e2f383601b2022180ae30e3c8e84fdf08810000000000000000e0416f30302d34313330326435306232336365356136376436616433386664633137373230662d636534393339653432653566666437322d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d545759415045e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 92, 247, 952, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:13.218052+00', '\x20e8400f6572696e2f393201e20221802e8ef1c8e84fdf08810000000000000000e0416f30302d36303337623132626533343732353766643564343363346266363463353265392d346332663737346633363335356635622d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d32464e435a34e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-N5R7F5', 3, 251, 956, 6, 'lobby', '18', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:13.243048+00', '\x20e84021667269656e64732d4e35523746352f33010d2180915ef5c8e84fdf08810000000000000000e0416f30302d38663161396564643634386239323666306431303934353236356264356461352d313036303935323637336638353534352d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d4e355237463541096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 96, 257, 961, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:13.279+00', '\x20e8400f6572696e2f39360102032180f7dafac8e84fdf08810000000000000000e0416f30302d63393065376661313038656637393761346566386237346630613435393161612d316366383332336664326330643439612d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d4e5855563444e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.email.mailbox/keyed@example.com', 1, 275, 980, NULL, NULL, NULL, 'keel.email.mail-sent.v1', '2026-12-01 20:22:13.408708+00', '\x20e840276b65796564406578616d706c652e636f6d2f3101052180a9a50ec9e84fdf08810000000000000000e0416f30302d39636265343037373865613030396638376638623639656136316663663163632d623132666637313434356263616563302d30303101f36e54f62f6b65656c2e656d61696c2e6d61696c2d73656e742e7631e8405977656c636f6d652e36313833316135332d643665312d386465322d623937652d37396438363038633539306341236b65796564406578616d706c652e636f6d410f77656c636f6d65413b57656c636f6d6520746f204b65656c2c204b6579656420436c69656e7441960248656c6c6f204b6579656420436c69656e742c0a0a796f7572204b65656c206163636f756e742069732072656164792e20596f752063616e207369676e20696e2077697468207468697320616464726573732066726f6d206e6f77206f6e2e0a0a496620796f7520646964206e6f742072656769737465722c20796f752063616e2069676e6f72652074686973206d61696c2e0a0a2d2d20546865204b65656c207465616d2180917b0ec9e84fdf08810000000000000000e0e0414536313833316135336436653138646532623937653739643836303863353930632f314113616e6f6e796d6f7573e0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JSGTF2', 1, 193, 906, 3, 'lobby', '93', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.854126+00', '\x20e84021667269656e64732d4a53475446322f31010521804d06bac8e84fdf08810000000000000000e0416f30302d38383864343666623031376130366563323630333438656161353237366661362d366530323562393033303733396665352d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d4a534754463201090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JSGTF2', 2, 194, 906, 3, 'lobby', '93', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.854126+00', '\x20e84021667269656e64732d4a53475446322f32010921804d06bac8e84fdf08810000000000000000e0416f30302d38383864343666623031376130366563323630333438656161353237366661362d366530323562393033303733396665352d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d4a534754463241096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JKZPXN', 1, 198, 910, 2, 'lobby', '106', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.896399+00', '\x20e84021667269656e64732d4a4b5a50584e2f31010521809679c0c8e84fdf08810000000000000000e0416f30302d65393034336137326435663566336236663532373030363734373932313137662d623837336338363030383965363936662d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d4a4b5a50584e01090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JKZPXN', 2, 199, 910, 2, 'lobby', '106', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.896399+00', '\x20e84021667269656e64732d4a4b5a50584e2f32010921809679c0c8e84fdf08810000000000000000e0416f30302d65393034336137326435663566336236663532373030363734373932313137662d623837336338363030383965363936662d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d4a4b5a50584e41096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 75, 205, 915, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:12.939562+00', '\x20e8400f6572696e2f3735015a022180aa0fc7c8e84fdf08810000000000000000e0416f30302d66643734303437383662393736646564343866303935313538363736376333382d646337656565316361623961323039312d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d5a53465a5551e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-4STBAJ', 1, 208, 919, 3, 'lobby', '49', 'keel.lobby.room-created.v1', '2026-12-01 20:22:12.988131+00', '\x20e84021667269656e64732d34535442414a2f3101052180e678cec8e84fdf08810000000000000000e0416f30302d65336130333833656365383633356434306236386331346632366231613965392d393733666164396336383835653031312d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d34535442414a01090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-4STBAJ', 2, 209, 919, 3, 'lobby', '49', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:12.988131+00', '\x20e84021667269656e64732d34535442414a2f3201092180e678cec8e84fdf08810000000000000000e0416f30302d65336130333833656365383633356434306236386331346632366231613965392d393733666164396336383835653031312d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d34535442414a41096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 79, 215, 924, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:13.026443+00', '\x20e8400f6572696e2f3739017a0221807351d4c8e84fdf08810000000000000000e0416f30302d32396565626135323133313737646636633164633139646339663463653164332d653438393037393032356333326561382d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d4a5246414843e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 83, 225, 933, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:13.08411+00', '\x20e8400f6572696e2f3833019a0221800d1eddc8e84fdf08810000000000000000e0416f30302d66303935323864613564326233383737376364396162303463666266353265652d386139636534616538663966366531332d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d4e4b58384b36e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-A5Y5KJ', 3, 236, 942, 3, 'lobby', '116', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:13.15771+00', '\x20e84021667269656e64732d413559354b4a2f33010d21800d59e8c8e84fdf08810000000000000000e0416f30302d66383136346536393266373438373666666436306161343239656364656339342d643961306665626233386635643466612d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d413559354b4a41096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-HPW6E8', 3, 241, 946, 2, 'lobby', '53', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:13.186332+00', '\x20e84021667269656e64732d4850573645382f33010d218018b7ecc8e84fdf08810000000000000000e0416f30302d37656638393931633637396162396265396432383234623730353761633336312d396632643333326331316137343136372d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d48505736453841096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-NXUV4D', 3, 256, 960, 5, 'lobby', '44', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:13.277078+00', '\x20e84021667269656e64732d4e58555634442f33010d2180dc8ffac8e84fdf08810000000000000000e0416f30302d36666665346334386164343035303864393638326434656565626638386139632d343764313635356431653362346566322d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d4e585556344441096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 98, 262, 965, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:13.303349+00', '\x20e8400f6572696e2f393801120321801492fec8e84fdf08810000000000000000e0416f30302d32346666343536353065653536616237343239613532356632333262636434342d626236623537643530323933306662302d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d4e5645563959e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 100, 267, 970, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:13.332071+00', '\x20e840116572696e2f31303001220321800af402c9e84fdf08810000000000000000e0416f30302d37383231326262333965353232303434313433373338366362623437636164332d663833393362656130656230353639312d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d4a555a385148e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 102, 272, 975, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:13.36341+00', '\x20e840116572696e2f313032013203218034bc07c9e84fdf08810000000000000000e0416f30302d30356330393066633535613465326230356466396334343666656664393964622d376563383265656166653933363832312d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d545035455a4ee0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-NKX8K6', 1, 223, 932, 5, 'lobby', '59', 'keel.lobby.room-created.v1', '2026-12-01 20:22:13.082532+00', '\x20e84021667269656e64732d4e4b58384b362f310105218070e0dcc8e84fdf08810000000000000000e0416f30302d32323136373032303634306235666132303462663666376333376135376137382d343062633465636638393663643764392d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d4e4b58384b3601090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-NKX8K6', 2, 224, 932, 5, 'lobby', '59', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:13.082532+00', '\x20e84021667269656e64732d4e4b58384b362f320109218070e0dcc8e84fdf08810000000000000000e0416f30302d32323136373032303634306235666132303462663666376333376135376137382d343062633465636638393663643764392d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d4e4b58384b3641096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 85, 230, 937, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:13.1107+00', '\x20e8400f6572696e2f383501aa022180c12ce1c8e84fdf08810000000000000000e0416f30302d34643132626466636337643564333366663962316134316263393631366561622d623665303465646338323332633333612d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d545759415045e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 91, 245, 950, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:13.204111+00', '\x20e8400f6572696e2f393101da0221809f6defc8e84fdf08810000000000000000e0416f30302d62353035396530346539653562386162343261333063333834313338656632302d396438386235393966663139636532352d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d32464e435a34e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 93, 250, 954, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:13.231836+00', '\x20e8400f6572696e2f393301ea0221809ea8f3c8e84fdf08810000000000000000e0416f30302d33373462366237373436383239623666363638643132613433616137613630622d343231353763396139653537363138652d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d4e3552374635e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-NXUV4D', 1, 253, 958, 5, 'lobby', '44', 'keel.lobby.room-created.v1', '2026-12-01 20:22:13.260369+00', '\x20e84021667269656e64732d4e58555634442f31010521803103f8c8e84fdf08810000000000000000e0416f30302d61353637383362363761323765616536353836346135633035323663653636612d656337383763616139633637356130612d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d4e585556344401090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-NXUV4D', 2, 254, 958, 5, 'lobby', '44', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:13.260369+00', '\x20e84021667269656e64732d4e58555634442f32010921803103f8c8e84fdf08810000000000000000e0416f30302d61353637383362363761323765616536353836346135633035323663653636612d656337383763616139633637356130612d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d4e585556344441096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 97, 260, 963, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:13.291683+00', '\x20e8400f6572696e2f3937010a0321805fcafcc8e84fdf08810000000000000000e0416f30302d30323763636263333332343134353636653763353965636237376533313661342d623034366530346233353966633932642d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d4e5645563959e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 99, 265, 968, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:13.319107+00', '\x20e8400f6572696e2f3939011a032180a4f900c9e84fdf08810000000000000000e0416f30302d66313230643933303365626137336561323663313233303639346338643533642d623061646635356635396134393633372d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d4a555a385148e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 101, 270, 973, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:13.351604+00', '\x20e840116572696e2f313031012a03218011ef05c9e84fdf08810000000000000000e0416f30302d62633137353433316532653734366137613861313562386262346534353435662d336631313133323132656430623566322d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d545035455a4ee0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.users.email-ownership/keyed@example.com', 1, 273, 977, NULL, NULL, NULL, 'keel.users.email-claimed.v1', '2026-12-01 20:22:13.39725+00', '\x20e840276b65796564406578616d706c652e636f6d2f310105218019e60cc9e84fdf08810000000000000000e0416f30302d38353762343364363961396636343264363435633734336262343333303536632d373738393137663331633365646261342d30303101f5deaf5e376b65656c2e75736572732e656d61696c2d636c61696d65642e7631e84021531a8361e1d6e28db97e79d8608c590ce0c1014113616e6f6e796d6f7573e0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 87, 235, 941, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:13.140873+00', '\x20e8400f6572696e2f383701ba02218060c7e5c8e84fdf08810000000000000000e0416f30302d61363565366366636337636466663264313061303161336330393163643435332d643063633763343563333238646335352d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d413559354b4ae0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 95, 255, 959, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:13.262066+00', '\x20e8400f6572696e2f393501fa0221807c45f8c8e84fdf08810000000000000000e0416f30302d65623734313365643035656333343736636335366163306536306234323364372d306463383133363461663030333163352d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d4e5855563444e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.users.user/61831a53d6e18de2b97e79d8608c590c', 1, 274, 978, 5, 'users', '89', 'keel.users.user-registered.v1', '2026-12-01 20:22:13.399927+00', '\x20e8404536313833316135336436653138646532623937653739643836303863353930632f3101052180ab4e0dc9e84fdf08810000000000000000e0416f30302d65313636626237633461663335343365613165396462636232623963663137652d353432643636363238613762613364312d30303101c4610d943b6b65656c2e75736572732e757365722d726567697374657265642e7631e84021531a8361e1d6e28db97e79d8608c590c41236b65796564406578616d706c652e636f6d41194b6579656420436c69656e742180084e0dc9e84fdf08810000000000000000e0e0c1014113616e6f6e796d6f7573e0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 89, 240, 945, NULL, NULL, NULL, 'keel.lobby.player-seated.v1', '2026-12-01 20:22:13.175003+00', '\x20e8400f6572696e2f383901ca02218097fceac8e84fdf08810000000000000000e0416f30302d39323934653934623433323834313339356633386565323335373437633161652d646263366532666430633731303363302d303031015d0d28fa376b65656c2e6c6f6262792e706c617965722d7365617465642e7631e8401d667269656e64732d485057364538e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-2FNCZ4', 1, 243, 949, 7, 'lobby', '52', 'keel.lobby.room-created.v1', '2026-12-01 20:22:13.202362+00', '\x20e84021667269656e64732d32464e435a342f31010521804729efc8e84fdf08810000000000000000e0416f30302d30336539623835656332376361353530333363376565323536643664663638612d663262336537656565306333663739342d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d32464e435a3401090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-2FNCZ4', 2, 244, 949, 7, 'lobby', '52', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:13.202362+00', '\x20e84021667269656e64732d32464e435a342f32010921804729efc8e84fdf08810000000000000000e0416f30302d30336539623835656332376361353530333363376565323536643664663638612d663262336537656565306333663739342d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d32464e435a3441096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-N5R7F5', 1, 248, 953, 6, 'lobby', '18', 'keel.lobby.room-created.v1', '2026-12-01 20:22:13.23042+00', '\x20e84021667269656e64732d4e35523746352f31010521804a71f3c8e84fdf08810000000000000000e0416f30302d61663064383030366234326461366165383935353536363839383533613037612d356161336264616338633839343064642d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d4e355237463501090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-N5R7F5', 2, 249, 953, 6, 'lobby', '18', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:13.23042+00', '\x20e84021667269656e64732d4e35523746352f32010921804a71f3c8e84fdf08810000000000000000e0416f30302d61663064383030366234326461366165383935353536363839383533613037612d356161336264616338633839343064642d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d4e355237463541096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-NVEV9Y', 1, 258, 962, 2, 'lobby', '24', 'keel.lobby.room-created.v1', '2026-12-01 20:22:13.290362+00', '\x20e84021667269656e64732d4e56455639592f3101052180c596fcc8e84fdf08810000000000000000e0416f30302d66396661363935303439376132343336373132633833636235313130373766342d616234323130323165323665346438632d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d4e564556395901090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-NVEV9Y', 2, 259, 962, 2, 'lobby', '24', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:13.290362+00', '\x20e84021667269656e64732d4e56455639592f3201092180c596fcc8e84fdf08810000000000000000e0416f30302d66396661363935303439376132343336373132633833636235313130373766342d616234323130323165323665346438632d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d4e564556395941096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JUZ8QH', 1, 263, 967, 0, 'lobby', '75', 'keel.lobby.room-created.v1', '2026-12-01 20:22:13.317294+00', '\x20e84021667269656e64732d4a555a3851482f3101052180cfb200c9e84fdf08810000000000000000e0416f30302d39336131653661653436393738653035336332613532653162613365633035302d356163636638653661323538663332662d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d4a555a38514801090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JUZ8QH', 2, 264, 967, 0, 'lobby', '75', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:13.317294+00', '\x20e84021667269656e64732d4a555a3851482f3201092180cfb200c9e84fdf08810000000000000000e0416f30302d39336131653661653436393738653035336332613532653162613365633035302d356163636638653661323538663332662d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d4a555a38514841096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-TP5EZN', 1, 268, 972, 3, 'lobby', '95', 'keel.lobby.room-created.v1', '2026-12-01 20:22:13.350067+00', '\x20e84021667269656e64732d545035455a4e2f3101052180feb205c9e84fdf08810000000000000000e0416f30302d34613138353335303365373339623532383966626461303530653136326162322d366339646566656131653238626136372d30303101548f8bef356b65656c2e6c6f6262792e726f6f6d2d637265617465642e7631e8401d667269656e64732d545035455a4e01090122030115e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-TP5EZN', 2, 269, 972, 3, 'lobby', '95', 'keel.lobby.player-joined-room.v1', '2026-12-01 20:22:13.350067+00', '\x20e84021667269656e64732d545035455a4e2f3201092180feb205c9e84fdf08810000000000000000e0416f30302d34613138353335303365373339623532383966626461303530653136326162322d366339646566656131653238626136372d3030310181d25a8f416b65656c2e6c6f6262792e706c617965722d6a6f696e65642d726f6f6d2e7631e8401d667269656e64732d545035455a4e41096572696e0105e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 90, 242, 947, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:13.187971+00', '\x20e8400f6572696e2f393001d202218021f7ecc8e84fdf08810000000000000000e0416f30302d31353762653066303932323130373336333961383631646534643530626338662d623734323136613239313461643132392d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d485057364538e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-2FNCZ4', 3, 246, 951, 7, 'lobby', '52', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:13.21643+00', '\x20e84021667269656e64732d32464e435a342f33010d2180d54ef1c8e84fdf08810000000000000000e0416f30302d38343133333639366633663533636666383334663430343734366366313832342d623462363163366139333031363862392d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d32464e435a3441096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-NVEV9Y', 3, 261, 964, 2, 'lobby', '24', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:13.301604+00', '\x20e84021667269656e64732d4e56455639592f33010d2180f14dfec8e84fdf08810000000000000000e0416f30302d31386132643531306263383763663039653334323766613130643461316435342d336430613137373964626564353563332d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d4e564556395941096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-JUZ8QH', 3, 266, 969, 0, 'lobby', '75', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:13.330782+00', '\x20e84021667269656e64732d4a555a3851482f33010d2180b5c102c9e84fdf08810000000000000000e0416f30302d62633139363531616633356561396438303538336132353066646664353830642d613834323566353938323538616237652d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d4a555a38514841096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.room/friends-TP5EZN', 3, 271, 974, 3, 'lobby', '95', 'keel.lobby.player-left-room.v1', '2026-12-01 20:22:13.361777+00', '\x20e84021667269656e64732d545035455a4e2f33010d21806f7c07c9e84fdf08810000000000000000e0416f30302d30363238316537303632316661616139386236653062653331383732333237662d623262333633333933333062316666612d3030310104d5e64f3d6b65656c2e6c6f6262792e706c617965722d6c6566742d726f6f6d2e7631e8401d667269656e64732d545035455a4e41096572696e0105012203e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.lobby.player/erin', 94, 252, 957, NULL, NULL, NULL, 'keel.lobby.player-unseated.v1', '2026-12-01 20:22:13.245081+00', '\x20e8400f6572696e2f393401f2022180fdadf5c8e84fdf08810000000000000000e0416f30302d36633264323633303031383530653366643534366238366666616534393337642d393636366565653835643433373530362d30303101967a451d3b6b65656c2e6c6f6262792e706c617965722d756e7365617465642e7631e8401d667269656e64732d4e3552374635e0c10141096572696ee0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.users.email-ownership/grace@example.com', 1, 276, 995, NULL, NULL, NULL, 'keel.users.email-claimed.v1', '2026-12-01 20:22:16.211324+00', '\x20e840276772616365406578616d706c652e636f6d2f3101052180d94abacae84fdf08810000000000000000e0416f30302d63356332396564616538303036633763653561393230326563363234393332662d656564303565303039303966323332662d30303101f5deaf5e376b65656c2e75736572732e656d61696c2d636c61696d65642e7631e840214533a20139b55d70b68593f734efdb0de0c10141076f7073e0');
INSERT INTO public.keel_events OVERRIDING SYSTEM VALUE VALUES ('keel-integration', 'keel.users.user/01a23345b539705db68593f734efdb0d', 1, 277, 996, 0, 'users', '45', 'keel.users.user-registered.v1', '2026-12-01 20:22:16.237101+00', '\x20e8404530316132333334356235333937303564623638353933663733346566646230642f3101052180c939becae84fdf08810000000000000000e0416f30302d66373336346165646633303334626634363130316366383534306465626134642d363432306230646234353534333031642d30303101c4610d943b6b65656c2e75736572732e757365722d726567697374657265642e7631e840214533a20139b55d70b68593f734efdb0d41236772616365406578616d706c652e636f6d4119477261636520486f707065722180631ebecae84fdf08810000000000000000e0e0c10141076f7073e0');


--
-- Data for Name: keel_idempotency; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.keel_idempotency VALUES ('keel-integration', 'anonymous', 'fixture-key-1', '\xbb0a80dc488df6ddd3d9f6dee7a8269d5dc53b5504eaac34c8d51e381fd595df', 201, '/api/v1/users/61831a53-d6e1-8de2-b97e-79d8608c590c', 'application/json; charset=utf-8', '\x7b22757365724964223a2236313833316135332d643665312d386465322d623937652d373964383630386335393063222c22656d61696c223a226b65796564406578616d706c652e636f6d222c226e616d65223a224b6579656420436c69656e74222c22726567697374657265644174223a22323032362d31322d30315432303a32323a31332e333939393131322b30303a3030227d', '2026-12-01 20:22:43.379849+00', '2026-12-02 20:22:13.379849+00');


--
-- Data for Name: keel_schema_versions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.keel_schema_versions VALUES (1, '0001_orleans_queries', '2026-12-01 20:22:09.394863+00');
INSERT INTO public.keel_schema_versions VALUES (2, '0002_grain_storage', '2026-12-01 20:22:09.428814+00');
INSERT INTO public.keel_schema_versions VALUES (3, '0003_reminders', '2026-12-01 20:22:09.441442+00');
INSERT INTO public.keel_schema_versions VALUES (4, '0004_streams', '2026-12-01 20:22:09.448099+00');
INSERT INTO public.keel_schema_versions VALUES (5, '0005_membership', '2026-12-01 20:22:09.467111+00');
INSERT INTO public.keel_schema_versions VALUES (6, '0006_event_log', '2026-12-01 20:22:09.478473+00');
INSERT INTO public.keel_schema_versions VALUES (7, 'aggregate_records_to_event_log', '2026-12-01 20:22:09.50154+00');
INSERT INTO public.keel_schema_versions VALUES (8, '0008_failure_reasons', '2026-12-01 20:22:09.505314+00');
INSERT INTO public.keel_schema_versions VALUES (9, '0009_idempotency', '2026-12-01 20:22:09.513732+00');


--
-- Data for Name: keel_snapshots; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.keel_snapshots VALUES ('keel-integration', 'keel.lobby.player/erin', 100, '\x20e80022033101c61f0e383b6b65656c2e6c6f6262792e706c617965722d736e617073686f742e7631e80005c101e03101c3d96e3e4d526561644f6e6c794c697374496e74657266616365436f64656360315b5b737472696e675d5de0e0', '2026-12-01 20:22:13.339369+00');


--
-- Data for Name: keel_stream_checkpoints; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.keel_stream_checkpoints VALUES ('keel-integration', 'keel-events', 1, 938, 231, '2026-12-01 20:22:13.241404+00');
INSERT INTO public.keel_stream_checkpoints VALUES ('keel-integration', 'keel-events', 4, 879, 161, '2026-12-01 20:22:13.314299+00');
INSERT INTO public.keel_stream_checkpoints VALUES ('keel-integration', 'keel-events', 2, 964, 261, '2026-12-01 20:22:13.436672+00');
INSERT INTO public.keel_stream_checkpoints VALUES ('keel-integration', 'keel-events', 7, 951, 246, '2026-12-01 20:22:13.534706+00');
INSERT INTO public.keel_stream_checkpoints VALUES ('keel-integration', 'keel-events', 0, 969, 266, '2026-12-01 20:22:13.535173+00');
INSERT INTO public.keel_stream_checkpoints VALUES ('keel-integration', 'keel-events', 6, 956, 251, '2026-12-01 20:22:13.536442+00');
INSERT INTO public.keel_stream_checkpoints VALUES ('keel-integration', 'keel-events', 5, 978, 274, '2026-12-01 20:22:13.540069+00');
INSERT INTO public.keel_stream_checkpoints VALUES ('keel-integration', 'keel-events', 3, 974, 271, '2026-12-01 20:22:13.543515+00');


--
-- Data for Name: keel_stream_dead_letters; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: keel_stream_failure_reasons; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: keel_stream_messages; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: orleansmembershiptable; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.orleansmembershiptable VALUES ('keel-dev', '127.0.0.1', 21111, 155161328, 'Silo_fbfba', 'vm', 6, 21000, '127.0.0.1:21111@155161328,2026-12-01 20:22:13.609 GMT', '2026-12-01 20:22:08.973+00', '2026-12-01 20:22:13.609+00');
INSERT INTO public.orleansmembershiptable VALUES ('keel-dev', '127.0.0.1', 21112, 155161333, 'Silo_74e1a', 'vm', 6, 21001, '127.0.0.1:21112@155161333,2026-12-01 20:22:21.698 GMT', '2026-12-01 20:22:13.955+00', '2026-12-01 20:22:21.698+00');


--
-- Data for Name: orleansmembershipversiontable; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.orleansmembershipversiontable VALUES ('keel-dev', '2026-12-01 20:22:21.699+00', 8);


--
-- Data for Name: orleansquery; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.orleansquery VALUES ('WriteToStorageKey', 'SELECT * FROM writetostorage(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
                               @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary);');
INSERT INTO public.orleansquery VALUES ('ReadFromStorageKey', 'SELECT payloadbinary, now() AT TIME ZONE ''utc'', version
  FROM orleansstorage
  WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
    AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
    AND serviceid = @ServiceId AND graintypestring = @GrainTypeString
    AND coalesce(grainidextensionstring, '''') = coalesce(@GrainIdExtensionString, '''');');
INSERT INTO public.orleansquery VALUES ('ClearStorageKey', 'UPDATE orleansstorage
  SET payloadbinary = NULL, version = version + 1, keel_outbox_grain = NULL
  WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
    AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
    AND serviceid = @ServiceId AND graintypestring = @GrainTypeString
    AND coalesce(grainidextensionstring, '''') = coalesce(@GrainIdExtensionString, '''')
    AND version = @GrainStateVersion
  RETURNING version AS newgrainstateversion;');
INSERT INTO public.orleansquery VALUES ('DeleteStorageKey', 'DELETE FROM orleansstorage
  WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
    AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
    AND serviceid = @ServiceId AND graintypestring = @GrainTypeString
    AND coalesce(grainidextensionstring, '''') = coalesce(@GrainIdExtensionString, '''')
    AND version = @GrainStateVersion
  RETURNING version + 1 AS newgrainstateversion;');
INSERT INTO public.orleansquery VALUES ('UpsertReminderRowKey', 'INSERT INTO orleansreminderstable AS r (serviceid, grainid, remindername, starttime, period, grainhash, version)
  VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
  ON CONFLICT (serviceid, grainid, remindername) DO UPDATE
      SET starttime = excluded.starttime, period = excluded.period, grainhash = excluded.grainhash,
          version = r.version + 1
  RETURNING r.version;');
INSERT INTO public.orleansquery VALUES ('ReadReminderRowsKey', 'SELECT grainid, remindername, starttime, period, version FROM orleansreminderstable
  WHERE serviceid = @ServiceId AND grainid = @GrainId;');
INSERT INTO public.orleansquery VALUES ('ReadReminderRowKey', 'SELECT grainid, remindername, starttime, period, version FROM orleansreminderstable
  WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName;');
INSERT INTO public.orleansquery VALUES ('ReadRangeRows1Key', 'SELECT grainid, remindername, starttime, period, version FROM orleansreminderstable
  WHERE serviceid = @ServiceId AND grainhash > @BeginHash AND grainhash <= @EndHash;');
INSERT INTO public.orleansquery VALUES ('ReadRangeRows2Key', 'SELECT grainid, remindername, starttime, period, version FROM orleansreminderstable
  WHERE serviceid = @ServiceId AND (grainhash > @BeginHash OR grainhash <= @EndHash);');
INSERT INTO public.orleansquery VALUES ('DeleteReminderRowKey', 'WITH deleted AS (
      DELETE FROM orleansreminderstable
      WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName AND version = @Version
      RETURNING 1)
  SELECT count(*)::int FROM deleted;');
INSERT INTO public.orleansquery VALUES ('DeleteReminderRowsKey', 'DELETE FROM orleansreminderstable WHERE serviceid = @ServiceId;');
INSERT INTO public.orleansquery VALUES ('InsertMembershipVersionKey', 'WITH inserted AS (
      INSERT INTO orleansmembershipversiontable (deploymentid) VALUES (@DeploymentId)
      ON CONFLICT DO NOTHING RETURNING 1)
  SELECT count(*)::int FROM inserted;');
INSERT INTO public.orleansquery VALUES ('InsertMembershipKey', 'SELECT keel_insert_membership(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
                                @ProxyPort, @StartTime, @IAmAliveTime, @Version);');
INSERT INTO public.orleansquery VALUES ('UpdateMembershipKey', 'SELECT keel_update_membership(@DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes,
                                @IAmAliveTime, @Version);');
INSERT INTO public.orleansquery VALUES ('UpdateIAmAlivetimeKey', 'UPDATE orleansmembershiptable SET iamalivetime = @IAmAliveTime
  WHERE deploymentid = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation;');
INSERT INTO public.orleansquery VALUES ('MembershipReadRowKey', 'SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status, m.proxyport,
         m.suspecttimes, m.starttime, m.iamalivetime, v.version
  FROM orleansmembershipversiontable v
  LEFT JOIN orleansmembershiptable m ON m.deploymentid = v.deploymentid
       AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
  WHERE v.deploymentid = @DeploymentId;');
INSERT INTO public.orleansquery VALUES ('MembershipReadAllKey', 'SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status, m.proxyport,
         m.suspecttimes, m.starttime, m.iamalivetime, v.version
  FROM orleansmembershipversiontable v
  LEFT JOIN orleansmembershiptable m ON m.deploymentid = v.deploymentid
  WHERE v.deploymentid = @DeploymentId;');
INSERT INTO public.orleansquery VALUES ('DeleteMembershipTableEntriesKey', 'DELETE FROM orleansmembershiptable WHERE deploymentid = @DeploymentId;
  DELETE FROM orleansmembershipversiontable WHERE deploymentid = @DeploymentId;');
INSERT INTO public.orleansquery VALUES ('GatewaysQueryKey', 'SELECT address, proxyport, generation FROM orleansmembershiptable
  WHERE deploymentid = @DeploymentId AND status = @Status AND proxyport > 0;');
INSERT INTO public.orleansquery VALUES ('CleanupDefunctSiloEntriesKey', 'DELETE FROM orleansmembershiptable
  WHERE deploymentid = @DeploymentId AND iamalivetime < @IAmAliveTime AND status <> 3;');


--
-- Data for Name: orleansreminderstable; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: orleansstorage; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Name: keel_events_position_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.keel_events_position_seq', 277, true);


--
-- Name: keel_stream_dead_letters_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.keel_stream_dead_letters_id_seq', 1, false);


--
-- Name: keel_stream_messages_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.keel_stream_messages_id_seq', 1, false);


--
-- Name: keel_events keel_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keel_events
    ADD CONSTRAINT keel_events_pkey PRIMARY KEY (service_id, stream, version);


--
-- Name: keel_idempotency keel_idempotency_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keel_idempotency
    ADD CONSTRAINT keel_idempotency_pkey PRIMARY KEY (service_id, scope, key);


--
-- Name: keel_schema_versions keel_schema_versions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keel_schema_versions
    ADD CONSTRAINT keel_schema_versions_pkey PRIMARY KEY (version);


--
-- Name: keel_snapshots keel_snapshots_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keel_snapshots
    ADD CONSTRAINT keel_snapshots_pkey PRIMARY KEY (service_id, stream);


--
-- Name: keel_stream_checkpoints keel_stream_checkpoints_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keel_stream_checkpoints
    ADD CONSTRAINT keel_stream_checkpoints_pkey PRIMARY KEY (service_id, provider, partition);


--
-- Name: keel_stream_dead_letters keel_stream_dead_letters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keel_stream_dead_letters
    ADD CONSTRAINT keel_stream_dead_letters_pkey PRIMARY KEY (id);


--
-- Name: keel_stream_failure_reasons keel_stream_failure_reasons_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keel_stream_failure_reasons
    ADD CONSTRAINT keel_stream_failure_reasons_pkey PRIMARY KEY (service_id, provider, stream_namespace, stream_key, delivery);


--
-- Name: keel_stream_messages keel_stream_messages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keel_stream_messages
    ADD CONSTRAINT keel_stream_messages_pkey PRIMARY KEY (id);


--
-- Name: orleansquery orleansquery_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orleansquery
    ADD CONSTRAINT orleansquery_key PRIMARY KEY (querykey);


--
-- Name: orleansmembershiptable pk_orleansmembershiptable; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orleansmembershiptable
    ADD CONSTRAINT pk_orleansmembershiptable PRIMARY KEY (deploymentid, address, port, generation);


--
-- Name: orleansmembershipversiontable pk_orleansmembershipversiontable; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orleansmembershipversiontable
    ADD CONSTRAINT pk_orleansmembershipversiontable PRIMARY KEY (deploymentid);


--
-- Name: orleansreminderstable pk_reminderstable_serviceid_grainid_remindername; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orleansreminderstable
    ADD CONSTRAINT pk_reminderstable_serviceid_grainid_remindername PRIMARY KEY (serviceid, grainid, remindername);


--
-- Name: ix_orleansreminderstable_hash; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_orleansreminderstable_hash ON public.orleansreminderstable USING btree (serviceid, grainhash);


--
-- Name: ix_orleansstorage_outbox; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_orleansstorage_outbox ON public.orleansstorage USING btree (modifiedon) WHERE (keel_outbox_grain IS NOT NULL);


--
-- Name: keel_events_delivery_ix; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX keel_events_delivery_ix ON public.keel_events USING btree (service_id, partition, tx_id, "position") WHERE (partition IS NOT NULL);


--
-- Name: keel_idempotency_expiry_ix; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX keel_idempotency_expiry_ix ON public.keel_idempotency USING btree (service_id, expires_at);


--
-- Name: keel_stream_dead_letters_age_ix; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX keel_stream_dead_letters_age_ix ON public.keel_stream_dead_letters USING btree (dead_lettered_at);


--
-- Name: keel_stream_failure_reasons_age_ix; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX keel_stream_failure_reasons_age_ix ON public.keel_stream_failure_reasons USING btree (recorded_at);


--
-- Name: keel_stream_messages_queue_ix; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX keel_stream_messages_queue_ix ON public.keel_stream_messages USING btree (service_id, provider, partition, id);


--
-- Name: ux_orleansstorage_grain; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ux_orleansstorage_grain ON public.orleansstorage USING btree (grainidhash, graintypehash, grainidn0, grainidn1, serviceid, graintypestring, COALESCE(grainidextensionstring, ''::character varying));


--
-- Name: orleansmembershiptable orleansmembershiptable_deploymentid_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orleansmembershiptable
    ADD CONSTRAINT orleansmembershiptable_deploymentid_fkey FOREIGN KEY (deploymentid) REFERENCES public.orleansmembershipversiontable(deploymentid);


--
-- PostgreSQL database dump complete
--


