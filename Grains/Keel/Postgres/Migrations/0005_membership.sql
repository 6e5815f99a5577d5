-- Cluster membership for Microsoft.Orleans.Clustering.AdoNet. Table, column, parameter and query-key names are the
-- provider's contract; the SQL is Keel's. A membership change bumps the deployment's version row in the same
-- transaction, so two silos racing on one version cannot both win.
CREATE TABLE IF NOT EXISTS orleansmembershipversiontable
(
    deploymentid varchar(150)   NOT NULL CONSTRAINT pk_orleansmembershipversiontable PRIMARY KEY,
    timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    version      integer        NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS orleansmembershiptable
(
    deploymentid varchar(150)   NOT NULL REFERENCES orleansmembershipversiontable (deploymentid),
    address      varchar(45)    NOT NULL,
    port         integer        NOT NULL,
    generation   integer        NOT NULL,
    siloname     varchar(150)   NOT NULL,
    hostname     varchar(150)   NOT NULL,
    status       integer        NOT NULL,
    proxyport    integer        NULL,
    suspecttimes varchar(8000)  NULL,
    starttime    timestamptz(3) NOT NULL,
    iamalivetime timestamptz(3) NOT NULL,
    CONSTRAINT pk_orleansmembershiptable PRIMARY KEY (deploymentid, address, port, generation)
);

-- Adds a silo's row and bumps the version, or neither (returns 0) when the row exists or the version moved on.
CREATE OR REPLACE FUNCTION keel_insert_membership(
    _deploymentid varchar, _address varchar, _port integer, _generation integer, _siloname varchar,
    _hostname varchar, _status integer, _proxyport integer, _starttime timestamptz, _iamalivetime timestamptz,
    _version integer) RETURNS integer
    LANGUAGE plpgsql AS
$$
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

-- Updates a silo's row and bumps the version, or neither (returns 0) when the version moved on.
CREATE OR REPLACE FUNCTION keel_update_membership(
    _deploymentid varchar, _address varchar, _port integer, _generation integer, _status integer,
    _suspecttimes varchar, _iamalivetime timestamptz, _version integer) RETURNS integer
    LANGUAGE plpgsql AS
$$
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

INSERT INTO orleansquery (querykey, querytext) VALUES
('InsertMembershipVersionKey',
 'WITH inserted AS (
      INSERT INTO orleansmembershipversiontable (deploymentid) VALUES (@DeploymentId)
      ON CONFLICT DO NOTHING RETURNING 1)
  SELECT count(*)::int FROM inserted;'),
('InsertMembershipKey',
 'SELECT keel_insert_membership(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
                                @ProxyPort, @StartTime, @IAmAliveTime, @Version);'),
('UpdateMembershipKey',
 'SELECT keel_update_membership(@DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes,
                                @IAmAliveTime, @Version);'),
('UpdateIAmAlivetimeKey',
 'UPDATE orleansmembershiptable SET iamalivetime = @IAmAliveTime
  WHERE deploymentid = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation;'),
('MembershipReadRowKey',
 'SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status, m.proxyport,
         m.suspecttimes, m.starttime, m.iamalivetime, v.version
  FROM orleansmembershipversiontable v
  LEFT JOIN orleansmembershiptable m ON m.deploymentid = v.deploymentid
       AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
  WHERE v.deploymentid = @DeploymentId;'),
('MembershipReadAllKey',
 'SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status, m.proxyport,
         m.suspecttimes, m.starttime, m.iamalivetime, v.version
  FROM orleansmembershipversiontable v
  LEFT JOIN orleansmembershiptable m ON m.deploymentid = v.deploymentid
  WHERE v.deploymentid = @DeploymentId;'),
('DeleteMembershipTableEntriesKey',
 'DELETE FROM orleansmembershiptable WHERE deploymentid = @DeploymentId;
  DELETE FROM orleansmembershipversiontable WHERE deploymentid = @DeploymentId;'),
('GatewaysQueryKey',
 'SELECT address, proxyport, generation FROM orleansmembershiptable
  WHERE deploymentid = @DeploymentId AND status = @Status AND proxyport > 0;'),
('CleanupDefunctSiloEntriesKey',
 'DELETE FROM orleansmembershiptable
  WHERE deploymentid = @DeploymentId AND iamalivetime < @IAmAliveTime AND status <> 3;')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;
