-- Covers the per-person task figures of a month, so `pay calc` reads the index alone, not 200,000 table rows.
DROP INDEX pay_tasks_period;
CREATE INDEX pay_tasks_period ON pay_tasks (period, assignee, regulation, due_on, done_on, fine_kopecks);
