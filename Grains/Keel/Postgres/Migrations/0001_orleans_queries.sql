-- The named queries Orleans' ADO.NET providers look up at start-up (key -> SQL text).
CREATE TABLE IF NOT EXISTS orleansquery
(
    querykey  varchar(64)   NOT NULL CONSTRAINT orleansquery_key PRIMARY KEY,
    querytext varchar(8000) NOT NULL
);
