# bench/run --postgres: the data figures (import, list, audit verify, pay) on PostgreSQL beside the SQLite ones of the
# same run. Sourced by bench/run after its data figures, reusing their stores: each is copied into a schema of its own
# (ops db copy) on a cluster this script starts with .ci/postgres and stops on exit, and the same command is measured
# with --db naming that schema. The cluster is the test one (fsync off, on this machine): figures show what the
# provider costs, not what a server's disk costs.

pg_start() {
  export OPS_PG_STATE="$out/pg.state"
  bash "$root/.ci/postgres" start >&2
  trap 'bash "$root/.ci/postgres" stop' EXIT
  eval "$(bash "$root/.ci/postgres" env)"
  pgserver=$OPS_TEST_POSTGRES
  export PGOPTIONS="-c client_min_messages=warning"
  command -v psql >/dev/null || { echo "bench/run --postgres needs psql: apt-get install postgresql" >&2; exit 2; }
}

# pg_schema NAME: a new empty schema; prints the store setting naming it.
pg_schema() {
  psql -q "$pgserver" -c "DROP SCHEMA IF EXISTS $1 CASCADE; CREATE SCHEMA $1" >/dev/null
  echo "$pgserver?search_path=$1"
}

# pg_copy SQLITE-STORE NAME: the store copied into schema NAME (the SQLite file itself is left as it was).
pg_copy() {
  local src=$1 name=$2 url
  url=$(pg_schema "$name"); sqlite3 "$src" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null; cp "$src" "$out/stores/pg-source.db"; rm -f "$out/stores/pg-source.db-wal" "$out/stores/pg-source.db-shm"
  "$ops" --db "$out/stores/pg-source.db" db copy --to "$url" >>"$out/setup.log" 2>&1 || { tail -5 "$out/setup.log" >&2; exit 1; }
  echo "$url"
}

pgrows="$out/pg-rows.tsv"
# pg_row FIGURE SQLITE-NAME PG-NAME LIMIT
pg_row() { printf '%s\t%s\t%s\t%s\n' "$@" >>"$pgrows"; }

pg_figures() {
  local k=$1 n url
  echo "== PostgreSQL data figures at ${k}x" >&2
  n=$((1000 * k)); c="$out/stores/clients-$k"
  url=$(pg_copy "$c/pristine.db" "bench_import_$k")
  measure "pg-import-$k" "$drun" "$dwarm" -N \
    --prepare "bash -c 'psql -q \"$pgserver\" -c \"DROP SCHEMA bench_import_$k CASCADE; CREATE SCHEMA bench_import_$k\" >/dev/null; cp $c/pristine.db $out/stores/pg-source.db; $ops --db $out/stores/pg-source.db db copy --to \"$url\" >/dev/null 2>&1'" \
    -- "$ops --db '$url' clients import $c/data/clients.csv"
  [ "$(psql -tA "$pgserver" -c "SELECT count(*) FROM bench_import_$k.clients_v1")" = "$n" ] || { echo "pg-import-$k did not import $n clients" >&2; exit 1; }
  pg_row "import $n clients" "import-$k" "pg-import-$k" "one prepared INSERT round trip a row (no COPY), all in one write transaction under the advisory lock"
  url=$(pg_copy "$c/ops.db" "bench_list_$k")
  measure "pg-list-$k" "$drun" "$dwarm" -N -- "$ops --db '$url' --as dir1 clients list --format json"
  pg_row "list $n clients as JSON (director)" "list-$k" "pg-list-$k" "two cursors fetched $((1000)) rows a round trip, after a first pass of ids for the view audit"
  n=$((10000 * k))
  url=$(pg_copy "$out/stores/audit-$k/ops.db" "bench_audit_$k")
  measure "pg-audit-$k" "$drun" "$dwarm" -N -- "$ops --db '$url' audit verify"
  pg_row "audit verify, $n events" "audit-$k" "pg-audit-$k" "one REPEATABLE READ snapshot, events fetched by cursor; hashing as on SQLite"
  py="$out/stores/pay-$k"
  url=$(pg_copy "$py/ops.db" "bench_pay_$k")
  measure "pg-pay1-$k" "$drun" "$dwarm" -N -- "$ops --db '$url' --as dir1 pay calc --period 2026-10 --format csv"
  pg_row "pay calc, 1 month" "pay1-$k" "pg-pay1-$k" "a handful of queries; connection set-up and SET ROLE per plugin statement dominate"
}

pg_table() {
  python3 - "$out" "$pgrows" <<'PY' | tee -a "$out/results.md"
import json, os, sys
out, rows = sys.argv[1], sys.argv[2]
def mean(name):
    with open(os.path.join(out, "json", name + ".json")) as f: return json.load(f)["results"][0]["mean"]
def rss(name):
    p = os.path.join(out, "rss", name)
    return f"{int(open(p).read().split()[-1]) / 1024:.0f} MB" if os.path.exists(p) else "-"
print("\n## PostgreSQL beside SQLite (same run)\n")
print("| figure | SQLite | PostgreSQL | ratio | peak RSS (PG) | what limits it on PostgreSQL |")
print("|---|---|---|---|---|---|")
for line in open(rows, encoding="utf-8"):
    figure, lite, pg, limit = line.rstrip("\n").split("\t")
    a, b = mean(lite), mean(pg)
    print(f"| {figure} | {a:.3f} s | {b:.3f} s | {b / a:.2f}x | {rss(pg)} | {limit} |")
PY
}
