-- One row per record an event touched, on PostgreSQL: the same view as 0008_audit_records_view.sql, reading the
-- JSON array with jsonb_array_elements_text where SQLite has json_each.
CREATE VIEW ops_audit_records_v1 AS
    SELECT a.id AS event_id, a.at, a.actor, a.real_actor, a.action, a.result, j.value AS record
    FROM ops_audit a, jsonb_array_elements_text(a.records::jsonb) AS j(value);
