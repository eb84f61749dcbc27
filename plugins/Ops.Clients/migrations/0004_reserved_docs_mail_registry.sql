-- Placeholder on the architecture branch only: this number belongs to another branch's migration.
-- The merge replaces this file with that migration (delete this one).
SELECT 1;
