-- Host schema 5: every audit event records the real OS user and uid behind it (the sudo caller on a server),
-- beside the staff logins. Events written before this keep '' and -1, and their hashes as they were.
ALTER TABLE ops_audit ADD COLUMN os_user TEXT NOT NULL DEFAULT '';
ALTER TABLE ops_audit ADD COLUMN os_uid INTEGER NOT NULL DEFAULT -1;
