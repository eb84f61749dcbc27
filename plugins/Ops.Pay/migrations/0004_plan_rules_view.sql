-- Pay schema 4: the premium and reduction rules of every plan version, published as pay_plan_rules_v1 so that the
-- documents plugin renders the «Положение о премировании» from them without reading pay's tables (docs/pay.md).
-- Rows are written by `ops pay plans add`; plans loaded before this migration are published by `ops pay plans list`.
-- Every published plan has a `fixed` row (fixed pay, never reduced), so a plan with no rule rows is one not yet published.
CREATE TABLE pay_plan_rules (
    plan_id        TEXT NOT NULL,
    plan_version   INTEGER NOT NULL,
    seq            INTEGER NOT NULL,
    rule           TEXT NOT NULL,
    amount_kopecks INTEGER,
    percent        TEXT,
    months         INTEGER,
    from_percent   TEXT,
    PRIMARY KEY (plan_id, plan_version, seq)
);

-- rule_set_version: the number of plan versions loaded. Plans are only ever added, so it changes exactly when the
-- rule set changes; the regulation rendered from it carries it as its version.
CREATE VIEW pay_plan_rules_v1 AS
SELECT p.id AS plan_id, p.version AS plan_version, p.target_kind, p.target, p.effective_from, p.effective_to,
       r.seq, r.rule, r.amount_kopecks, r.percent, r.months, r.from_percent,
       (SELECT count(*) FROM pay_plans) AS rule_set_version
FROM pay_plans p LEFT JOIN pay_plan_rules r ON r.plan_id = p.id AND r.plan_version = p.version;
