#!/usr/bin/env bash
# Installs Ops on a server: a service account that alone owns the store, a root-owned configuration, a launcher
# on the PATH that runs Ops with a clean environment, a sudoers drop-in for the people allowed to use it, and the
# cron jobs that keep a backup and the audit head outside the store. Re-running it upgrades; see docs/deploy.md.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: deploy/install.sh --package DIR [--admin LOGIN] [--admin-name NAME] [--prefix DIR] [--account NAME] [--group NAME]
       deploy/install.sh --uninstall [--purge] [--prefix DIR] [--account NAME] [--group NAME]

  --package DIR     the folder holding Ops.Cli.<version>.nupkg (made by: dotnet pack host/Ops.Host -c Release -o DIR)
  --admin LOGIN     the OS user who becomes the store's first admin (on a first install; default: the sudo caller)
  --admin-name NAME the admin's full name (default: the login)
  --prefix DIR      install under DIR instead of / (staging and tests; sudoers still goes to /etc/sudoers.d)
  --account NAME    the service account Ops runs as (default: ops)
  --group NAME      the group whose members may run Ops through sudo (default: ops-users)
  --uninstall       remove the launcher, the program, the sudoers drop-in and the cron jobs; keep store and configuration
  --purge           with --uninstall: also remove the store, backups, configuration, account and group
Defaults may also come from OPS_PREFIX, OPS_ACCOUNT and OPS_GROUP. Run as root.
EOF
}

prefix=${OPS_PREFIX:-} account=${OPS_ACCOUNT:-ops} group=${OPS_GROUP:-ops-users}
package="" admin=${SUDO_USER:-} admin_name="" uninstall=false purge=false
while [ $# -gt 0 ]; do
  case "$1" in
    --package) package=$2; shift 2 ;;
    --admin) admin=$2; shift 2 ;;
    --admin-name) admin_name=$2; shift 2 ;;
    --prefix) prefix=$2; shift 2 ;;
    --account) account=$2; shift 2 ;;
    --group) group=$2; shift 2 ;;
    --uninstall) uninstall=true; shift ;;
    --purge) purge=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: error: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
[ "$(id -u)" = 0 ] || { echo "install.sh: error: run as root (sudo deploy/install.sh …)" >&2; exit 4; }
prefix=${prefix%/}

lib="$prefix/usr/local/lib/ops"            # the program (a dotnet tool path), root-owned
launcher="$prefix/usr/local/bin/ops"       # what people run: sudo -u ACCOUNT ops …
conf_dir="$prefix/etc/ops"
conf="$conf_dir/ops.conf"
state="$prefix/var/lib/ops"                # the store and installed plugins: ACCOUNT only, 0700
backups="$prefix/var/backups/ops"          # ACCOUNT only, 0700
head_dir="$prefix/var/lib/ops-audit-head"  # root-owned: the audit head kept outside the store
sudoers="/etc/sudoers.d/ops-$account"
cron="$prefix/etc/cron.d/ops-$account"

if $uninstall; then
  rm -f "$launcher" "$sudoers" "$cron"
  rm -rf "$lib"
  if $purge; then
    rm -rf "$state" "$backups" "$head_dir" "$conf_dir"
    id -u "$account" >/dev/null 2>&1 && userdel "$account"
    getent group "$group" >/dev/null && groupdel "$group"
  fi
  if $purge; then echo "Ops removed from $prefix/, with its store, configuration and account"; else echo "Ops removed from $prefix/ (store and configuration kept)"; fi
  exit 0
fi

[ -n "$package" ] || { echo "install.sh: error: --package DIR is required" >&2; usage >&2; exit 2; }
# The tool's own package (Ops.Cli.<version>.nupkg) names the one for this machine beside it (Ops.Cli.linux-x64.…).
nupkg=$(ls "$package"/Ops.Cli.[0-9]*.nupkg 2>/dev/null | sort -V | tail -1 || true)
[ -n "$nupkg" ] || { echo "install.sh: error: no Ops.Cli.*.nupkg in $package; make one: dotnet pack host/Ops.Host -c Release -o $package" >&2; exit 3; }
version=$(basename "$nupkg" .nupkg); version=${version#Ops.Cli.}
dotnet=$(readlink -f "$(command -v dotnet)") || { echo "install.sh: error: dotnet is not on the PATH" >&2; exit 3; }
[ -n "$admin" ] || { echo "install.sh: error: name the first admin with --admin LOGIN" >&2; exit 2; }
id -u "$admin" >/dev/null 2>&1 || { echo "install.sh: error: --admin $admin is not an OS user" >&2; exit 3; }

# The people's group, and the service account with a group of its own (so the people's group reaches nothing).
getent group "$group" >/dev/null || groupadd --system "$group"
id -u "$account" >/dev/null 2>&1 ||
  useradd --system --user-group --home-dir "$state" --no-create-home --shell /usr/sbin/nologin "$account"
[ "$admin" = root ] || usermod -a -G "$group" "$admin"

# The program, root-owned: a dotnet tool path, installed or upgraded from the package folder only.
install -d -m 0755 -o root -g root "$lib" "$(dirname "$launcher")" "$conf_dir" "$head_dir" "$(dirname "$cron")"
if [ -d "$lib/.store/ops.cli" ]; then verb=update; else verb=install; fi
dotnet tool "$verb" Ops.Cli --tool-path "$lib" --add-source "$package" --version "$version" --ignore-failed-sources >/dev/null
dll=$(find "$lib/.store/ops.cli/$version" -path '*/tools/net*/ops.dll' | head -1)
[ -f "$dll" ] || { echo "install.sh: error: ops.dll not found under $lib after dotnet tool $verb" >&2; exit 70; }
chmod -R go-w "$lib"

install -d -m 0700 -o "$account" -g "$account" "$state" "$state/plugins" "$backups"

if [ ! -f "$conf" ]; then
  cat > "$conf.new" <<EOF
# Ops server configuration, written by deploy/install.sh. Ops refuses it unless root owns it and nobody else can
# write it: it decides which store Ops opens and who Ops runs as. See docs/deploy.md.
store = $state/ops.db
plugins = $state/plugins
account = $account
# The staff login Ops acts as when the service account runs it without sudo (the cron jobs below).
service_login = ops-service
sudo_group = $group
sudoers = $sudoers
audit_head = $head_dir/head
backups = $backups
backup_max_age_hours = 26
EOF
  chown root:root "$conf.new"; chmod 0644 "$conf.new"; mv "$conf.new" "$conf"
fi

# The launcher: sudo already resets the environment; this keeps only what Ops reads, so nothing a caller sets
# (DOTNET_STARTUP_HOOKS, LD_PRELOAD, a PATH of her own) reaches the service account. OPS_* variables pass so that
# Ops itself refuses them and records the attempt.
cat > "$launcher.new" <<EOF
#!/bin/sh
# Written by deploy/install.sh: runs Ops $version with this server's configuration ($conf),
# as $account: anyone else is taken there through sudo, which decides whether they may.
[ "\$(id -u)" = "$(id -u "$account")" ] || exec sudo -u "$account" "$launcher" "\$@"
exec /usr/bin/env -i PATH=/usr/bin:/bin HOME="$state" LANG="\${LANG:-C.UTF-8}" TERM="\${TERM:-dumb}" \\
  NO_COLOR="\${NO_COLOR:-}" COLUMNS="\${COLUMNS:-}" \\
  SUDO_USER="\${SUDO_USER:-}" SUDO_UID="\${SUDO_UID:-}" SUDO_GID="\${SUDO_GID:-}" SUDO_COMMAND="\${SUDO_COMMAND:-}" \\
  OPS_DB="\${OPS_DB:-}" OPS_NOW="\${OPS_NOW:-}" OPS_OS_LOGIN="\${OPS_OS_LOGIN:-}" OPS_PLUGIN_PATH="\${OPS_PLUGIN_PATH:-}" \\
  OPS_CONFIG="$conf" DOTNET_ROOT="$(dirname "$dotnet")" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 \\
  "$dotnet" "$dll" "\$@"
EOF
chown root:root "$launcher.new"; chmod 0755 "$launcher.new"; mv "$launcher.new" "$launcher"

# Who may run it: members of the group, as the service account, this launcher only. Checked before it is put in place.
cat > "$sudoers.tmp" <<EOF
# Written by deploy/install.sh: members of $group run Ops as $account, and nothing else.
Defaults!$launcher env_keep += "OPS_DB OPS_NOW OPS_OS_LOGIN OPS_PLUGIN_PATH"
%$group ALL=($account) NOPASSWD: $launcher
EOF
chmod 0440 "$sudoers.tmp"
visudo -cf "$sudoers.tmp" >/dev/null || { rm -f "$sudoers.tmp"; echo "install.sh: error: the sudoers drop-in does not parse" >&2; exit 70; }
mv "$sudoers.tmp" "$sudoers"

as_admin() { if [ "$admin" = root ]; then "$launcher" "$@"; else runuser -u "$admin" -- "$launcher" "$@"; fi; }
if [ ! -f "$state/ops.db" ]; then
  as_admin init --name "${admin_name:-$admin}" --login "$admin"
  as_admin staff add ops-service --name "Ops service (cron)" --role admin --os-login "$account" >/dev/null
else
  as_admin db migrate >/dev/null
fi

save_head="runuser -u $account -- $launcher audit head > $head_dir/head.new && mv $head_dir/head.new $head_dir/head"
# Cron: an hourly backup, the audit head saved where the service account cannot rewrite it, and one saved risk report a
# day for the director's trend (ops risk changes nothing without --save; exit 1 only means something high was found).
cat > "$cron" <<EOF
# Written by deploy/install.sh. The head file is root's: a rewrite of the store cannot also rewrite it.
SHELL=/bin/sh
PATH=/usr/sbin:/usr/bin:/sbin:/bin
7 * * * * $account $launcher db backup >/dev/null
12 * * * * root $save_head
30 6 * * * $account $launcher risk --save --format json >/dev/null || [ \$? -eq 1 ]
EOF
chmod 0644 "$cron"
# Run both once, so that a fresh install already has a backup and a saved head.
runuser -u "$account" -- "$launcher" db backup >/dev/null
sh -c "$save_head"

echo "Ops $version installed: people in $group run it as: ops …  (it goes through sudo -u $account; first admin: $admin)"
echo "Check the installation: sudo -u $account $launcher doctor"
