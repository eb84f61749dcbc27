-- Placeholder: host migration 0006 belongs to the plugin_store branch (issue assignment). It keeps the numbering
-- gap-free so that 0007 (production calendar) applies on this branch; delete this file when merging.
SELECT 1;
