-- Alarms: the one command each aggregate stream asked to be sent to itself later (a turn's timeout). A row is
-- written, replaced or deleted in the transaction of the events that changed the alarm, so it never disagrees with
-- the log; armed_version is the version of the event that set it. The alarm clocks of every silo take due rows under
-- a lease (leased_until): a clock that dies while firing leaves the row to be taken again once the lease ran out.
CREATE TABLE IF NOT EXISTS keel_alarms
(
    service_id    text        NOT NULL,
    stream        text        NOT NULL,
    armed_version bigint      NOT NULL,
    due_at        timestamptz NOT NULL,
    leased_until  timestamptz NULL,
    PRIMARY KEY (service_id, stream)
);

CREATE INDEX IF NOT EXISTS keel_alarms_due_ix ON keel_alarms (service_id, due_at);
