-- One row per record an event touched (records are kept as a JSON array of 'kind:id'). Part of schema 1 until
-- PostgreSQL came: the JSON function differs per engine (0008_audit_records_view.pg.sql), so the view moved here
-- and stores that already have it keep it.
CREATE VIEW IF NOT EXISTS ops_audit_records_v1 AS
    SELECT a.id AS event_id, a.at, a.actor, a.real_actor, a.action, a.result, j.value AS record
    FROM ops_audit a, json_each(a.records) j;
