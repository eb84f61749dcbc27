-- Host schema 7: HR enters the last working day; access ends at the end of it, in the firm's time zone.
-- leaving_date keeps its meaning, "the first day without access" (= last_day + 1), because ops_staff_v1 publishes
-- it to plugins; the host writes both columns together. Existing rows get last_day = leaving_date - 1 day, so nobody's
-- access changes. The day before is computed from the text (YYYY-MM-DD) with standard SQL only, so every engine
-- runs this file as it is.
ALTER TABLE ops_staff ADD COLUMN last_day TEXT;

UPDATE ops_staff SET last_day =
    CASE
        WHEN CAST(substr(leaving_date, 9, 2) AS INTEGER) > 1 THEN
            substr(leaving_date, 1, 8)
            || CASE WHEN CAST(substr(leaving_date, 9, 2) AS INTEGER) - 1 < 10 THEN '0' ELSE '' END
            || CAST(CAST(substr(leaving_date, 9, 2) AS INTEGER) - 1 AS TEXT)
        WHEN CAST(substr(leaving_date, 6, 2) AS INTEGER) = 1 THEN
            CAST(CAST(substr(leaving_date, 1, 4) AS INTEGER) - 1 AS TEXT) || '-12-31'
        ELSE
            substr(leaving_date, 1, 5)
            || CASE WHEN CAST(substr(leaving_date, 6, 2) AS INTEGER) - 1 < 10 THEN '0' ELSE '' END
            || CAST(CAST(substr(leaving_date, 6, 2) AS INTEGER) - 1 AS TEXT)
            || CASE
                   WHEN CAST(substr(leaving_date, 6, 2) AS INTEGER) - 1 IN (4, 6, 9, 11) THEN '-30'
                   WHEN CAST(substr(leaving_date, 6, 2) AS INTEGER) - 1 = 2 THEN
                       CASE WHEN CAST(substr(leaving_date, 1, 4) AS INTEGER) % 4 = 0
                                 AND (CAST(substr(leaving_date, 1, 4) AS INTEGER) % 100 <> 0
                                      OR CAST(substr(leaving_date, 1, 4) AS INTEGER) % 400 = 0)
                            THEN '-29' ELSE '-28' END
                   ELSE '-31'
               END
    END
WHERE leaving_date IS NOT NULL;

-- ops staff offboard (the departure plan) is the owner's: granted to the director (and admin) of an existing store.
-- A new store gets the same grants from the host's defaults (HostPermissions) once its roles exist.
INSERT INTO ops_grants (subject, permission, scope)
    SELECT 'role:' || name, 'staff.offboard', 'all' FROM ops_roles
    WHERE name IN ('director', 'admin')
      AND NOT EXISTS (SELECT 1 FROM ops_grants g WHERE g.subject = 'role:' || ops_roles.name AND g.permission = 'staff.offboard');
