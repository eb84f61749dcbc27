#!/usr/bin/env bash
# Builds a store with 500 staff, 5,000 clients and 200,000 tasks per month (PERIODS months, default 1) and
# times `ops pay calc` against `ops --help` (start-up). Data goes in with sqlite3 around Ops: this measures the
# calculation, not the import. Usage: pay-bench.sh [PERIODS]   (needs sqlite3 and a built host)
set -euo pipefail
periods=${1:-1}
root=$(cd "$(dirname "$0")/../../.." && pwd)
ops="$root/host/Ops.Host/bin/Debug/net10.0/ops"
work=$(mktemp -d)
[[ -n "${KEEP:-}" ]] && echo "store: $work" || trap 'rm -rf "$work"' EXIT
export OPS_DB="$work/ops.db" OPS_NOW=2026-12-05T09:00:00Z HOME="$work"
"$ops" init --name Bench >/dev/null 2>&1
"$ops" pay regulations list >/dev/null 2>&1   # applies the clients and pay migrations
me=$(sqlite3 "$OPS_DB" "SELECT login FROM ops_staff LIMIT 1")
sqlite3 "$OPS_DB" <<SQL
UPDATE ops_staff SET role = 'director' WHERE login = '$me';
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
INSERT INTO ops_staff (login, os_login, full_name, role, team, hire_date, status)
SELECT 'acc' || i, 'acc' || i, 'Accountant ' || i, 'accountant', 'team' || (i % 50), '2020-01-01', 'active' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
INSERT INTO clients_clients (id, name, inn, status, left_on, monthly_fee_kopecks, services, started_on)
SELECT i, 'Client ' || i, printf('%010d', i), CASE WHEN i % 50 = 0 THEN 'left' ELSE 'active' END,
       CASE WHEN i % 50 = 0 THEN '2026-10-16' END, 1000000 + (i % 40) * 50000, 'vat|payroll|usn',
       date('2020-01-01', '+' || (i % 2000) || ' days') FROM n;
INSERT INTO clients_assignments (client_id, login, role, from_date)
SELECT id, 'acc' || (1 + id % 500), 'lead', started_on FROM clients_clients;
INSERT INTO clients_assignments (client_id, login, role, from_date)
SELECT id, 'acc' || (1 + (id + 7) % 500), 'backup', '2025-01-01' FROM clients_clients;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO pay_regulations (code, service, title, every, due_day, due_offset_months, statutory, points, added_at)
SELECT 'reg' || i, 'vat', 'Regulation ' || i, 'month', 1 + i % 28, 1, i % 2, 1 + i % 3, '2026-01-01' FROM n;
SQL
for ((m = 0; m < periods; m++)); do
  month=$(date -d "2026-10-01 -$m month" +%Y-%m)
  sqlite3 "$OPS_DB" "INSERT INTO pay_tasks (regulation, client_id, period, due_on, assignee, done_on, fine_kopecks)
    SELECT r.code, c.id, '$month', '$month-' || printf('%02d', r.due_day), 'acc' || (1 + c.id % 500),
           CASE WHEN (c.id + r.due_day) % 10 = 0 THEN NULL
                WHEN (c.id + r.due_day) % 7 = 0 THEN '$month-' || printf('%02d', min(r.due_day + 2, 28))
                ELSE '$month-' || printf('%02d', r.due_day) END,
           CASE WHEN (c.id + r.due_day) % 97 = 0 THEN 500000 ELSE 0 END
    FROM pay_regulations r CROSS JOIN clients_clients c"
done
cat > "$work/plan.yaml" <<YAML
id: accountant
version: 1
applies_to: { role: accountant }
effective_from: 2020-01-01
fixed: 80000
fee_share: { percent: 10, split: { lead: 70, backup: 30 } }
points: { rate: 15, per_service: { vat: 3, payroll: 2 }, tasks: true }
premiums:
  on_time: { tiers: [ { from: 80, amount: 5000 }, { from: 95, amount: 10000 } ] }
  new_client: { percent: 10, months: 12 }
  retention: { months: 12, amount: 3000 }
reductions: { late_statutory: { per_task: 200 }, client_fines: { percent: 10 } }
caps: { premiums: 20000 }
YAML
"$ops" pay plans add "$work/plan.yaml" >/dev/null
echo "tasks in store: $(sqlite3 "$OPS_DB" 'SELECT count(*) FROM pay_tasks')"
t() { /usr/bin/time -f "%e s real  %U s user  %S s sys  %M KB max RSS  $*" "$@" >/dev/null; }
t "$ops" --help
t "$ops" pay calc --period 2026-10 --format csv
t "$ops" pay calc --period 2026-10 --format json
t "$ops" pay calc --period 2026-10 --person acc1
t "$ops" pay simulate --plan "$work/plan.yaml" --period 2026-10
if ((periods > 1)); then
  start=$(date +%s.%N)
  for ((m = 0; m < periods; m++)); do "$ops" pay calc --period "$(date -d "2026-10-01 -$m month" +%Y-%m)" --format csv >/dev/null; done
  echo "$periods periods one after another: $(echo "$(date +%s.%N) - $start" | bc) s"
fi
