-- Placeholder: host migration 0005 belongs to the audit_files branch (issue assignment). It keeps the numbering
-- gap-free so that 0007 (production calendar) applies on this branch; delete this file when merging.
SELECT 1;
