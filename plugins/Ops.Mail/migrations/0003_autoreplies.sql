-- mail 3: the out-of-office answers written for people who left (ops mail autoreply), per target, for the departure plan.
CREATE TABLE mail_autoreplies (
    login        TEXT NOT NULL,
    target       TEXT NOT NULL,
    successor    TEXT NOT NULL,
    generated_at TEXT NOT NULL,
    generated_by TEXT NOT NULL,
    PRIMARY KEY (login, target)
);
