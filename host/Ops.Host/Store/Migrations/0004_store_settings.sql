-- Host schema 4: facts about the store fixed when it is created (e.g. 'sandbox': a demo's or a test's store, on
-- which callers may pin the clock and the OS login; a configured server refuses such a store).
CREATE TABLE ops_store_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
