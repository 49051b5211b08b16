#!/usr/bin/env bash
# Measures how long rp commands take and prints a table of medians with targets.
#
# Usage: bench/cli-bench.sh [RUNS]     (default 15 runs per case; CREATE_RUNS=5)
#
# Build first with `mvn -pl rp-sdk,rp-cli -am package -DskipTests`. The script
# then runs `mvn test-compile dependency:build-classpath` for the class path of
# the test doubles, with the flags in MVN_FLAGS (default "-q -B", and -o keeps
# Maven offline). It starts dev.rp.cli.bench.FakeServerMain from rp-cli's test
# classes: the fake RunPod API on 127.0.0.1 with 50 running pods, a real sshd
# (needs /usr/sbin/sshd and root) as their SSH endpoint, and two HOME folders,
# one tracking the 50 pods and one tracking none. Nothing leaves loopback.
#
# Cases, each next to the JVM's own start-up:
#   jvm-floor     java with the launcher's JVM options running dev.rp.cli.Noop
#                 from rp.jar: what any JVM command costs at least
#   rp --help     the launcher end to end, picocli model and help rendering;
#                 target: at most 2 x jvm-floor
#   rp list       50 tracked pods against the fake; target: at most
#                 1.5 x (jvm-floor + one round trip), and one API request,
#                 counted in the fake's request log
#   round trip    one GET /v2/pods of the 50 pods with curl, the network and
#                 server share of rp list
#   rp create     `rp create --alias A --gpu A40 --storage 0` until the pod
#                 answers SSH, minus the fake's provisioning and starting
#                 times (1 s each), so what remains is what rp adds on top of
#                 the pod's own start-up: the JVM, the requests before and
#                 after the create, the delay until a poll sees RUNNING, the
#                 SSH probe, the SSH config and the automatic clean; target
#                 under 1 s. This waits for SSH rather than using --no-wait,
#                 because the wait is what a user sits through and
#                 --no-wait would hide the readiness detection.
#   create --no-wait  the same create without the wait, nothing subtracted
#
# rp --help and rp list go through rp's background process, which the first
# run starts (see docs/files.md), sent by the launcher's bash client; the same
# two commands with RP_DAEMON=0, each in its own JVM, and rp list sent by the
# launcher's JVM client, as without bash, are printed beside them for reference.
#
# A command that exits non-zero in its trial run (such as one not wired yet)
# gets n/a and its first error line. Each start-up case and the round trip
# get WARMUP_RUNS (default 10) runs first that are not counted. The floor, help
# and list take turns in ROUNDS rounds (default 5) of RUNS / ROUNDS runs each. With hyperfine
# installed (apt-get install -y hyperfine) the start-up cases are measured by
# it; otherwise by a loop with `date +%s%N`. Numbers depend on the
# machine and its load: the last line names the CPU, the load average and the
# Java version; keep them next to any number you record.
set -euo pipefail

runs=${1:-15}
create_runs=${CREATE_RUNS:-5}
# Runs before each start-up case that are not counted: they bring the page
# cache, the fake server's JVM and rp's background process to a steady state.
warmup=${WARMUP_RUNS:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
launcher=$root/rp-cli/target/rp
jar=$root/rp-cli/target/rp.jar
if [ ! -x "$launcher" ] || [ ! -f "$jar" ]; then
  echo "cli-bench: $launcher or $jar is missing; run: mvn -pl rp-sdk,rp-cli -am package -DskipTests" >&2
  exit 1
fi

work=$(mktemp -d)
fake_pid=
cleanup() {
  if [ -n "$fake_pid" ]; then
    kill "$fake_pid" 2>/dev/null || true
    wait "$fake_pid" 2>/dev/null || true
  fi
  # Each lock file of rp's background process holds its process id.
  for lock in "$XDG_RUNTIME_DIR"/rp/*.lock; do
    [ -f "$lock" ] && kill "$(cat "$lock")" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
unset RP_CONFIG_DIR RP_SSH_CONFIG XDG_CONFIG_HOME RUNPOD_API_KEY RUNPOD_API_URL RP_JAVA_OPTS RP_DAEMON
# rp's background process of this run keeps its endpoint file here, apart from the user's own.
export XDG_RUNTIME_DIR=$work/run
mkdir -m 700 "$XDG_RUNTIME_DIR"
empty_home=$work/empty-home
mkdir -p "$empty_home"

java=${JAVA_HOME:+$JAVA_HOME/bin/}java
# The same options as the launcher, without its class data sharing archive.
jvm_options=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Xss512k -Xmx256m
  -Xlog:disable -Xlog:all=error:stderr)

# The first run of the launcher records its class data sharing archive and
# starts the background process. Both happen here, so that no measured run
# pays for them.
HOME=$empty_home "$launcher" --version >/dev/null
for ((i = 0; i < 100; i++)); do
  compgen -G "$XDG_RUNTIME_DIR/rp/*.endpoint" >/dev/null && break
  sleep 0.1
done

# The fake's class path: rp-cli's test classes, then everything they need.
# shellcheck disable=SC2086 # MVN_FLAGS splits into flags.
mvn ${MVN_FLAGS:--q -B} -f "$root/pom.xml" -pl rp-sdk,rp-cli test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >&2
classpath=$root/rp-cli/target/test-classes:$(cat "$root/rp-cli/target/bench-classpath.txt")
fake_dir=$work/fake
mkdir -p "$fake_dir"
"$java" -cp "$classpath" dev.rp.cli.bench.FakeServerMain "$fake_dir" 50 >"$work/fake.log" 2>&1 &
fake_pid=$!
for ((i = 0; i < 600; i++)); do
  [ -f "$fake_dir/ready" ] && break
  if ! kill -0 "$fake_pid" 2>/dev/null; then
    echo "cli-bench: the fake server exited:" >&2
    cat "$work/fake.log" >&2
    exit 1
  fi
  sleep 0.1
done
if [ ! -f "$fake_dir/ready" ]; then
  echo "cli-bench: the fake server was not ready within 60 s; see $work/fake.log" >&2
  exit 1
fi
# Sets RUNPOD_API_URL, PROVISIONING_MS and STARTING_MS.
# shellcheck disable=SC1091
. "$fake_dir/fake.env"
export RUNPOD_API_URL
list_home=$fake_dir/list-home
create_home=$fake_dir/create-home

# Prints the median of the numbers on stdin, one a line.
median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

median_ms_loop() {
  local start end
  for ((i = 0; i < warmup; i++)); do
    "$@" >/dev/null 2>&1 || true
  done
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
  done | median
}

median_ms_hyperfine() {
  local export_file command
  export_file=$(mktemp)
  printf -v command '%q ' "$@"
  hyperfine --style none --warmup "$warmup" --runs "$runs" --ignore-failure \
    --export-json "$export_file" "$command" >/dev/null 2>>"$work/hyperfine.log"
  # hyperfine reports seconds; the median of the runs is "median".
  awk -F: '/"median"/ { gsub(/[ ,]/, "", $2); printf "%.0f\n", $2 * 1000; exit }' "$export_file"
  rm -f "$export_file"
}

if command -v hyperfine >/dev/null 2>&1; then
  tool=hyperfine
else
  tool=loop
fi

# Runs a command once; on failure prints "n/a (exit N: first error line)".
trial() {
  local err=$work/trial.err
  if "$@" >/dev/null 2>"$err"; then
    return 0
  else
    local code=$?
    echo "n/a (exit $code: $(head -1 "$err"))"
    return 1
  fi
}

# Measures a start-up case: the median in ms, or the trial's n/a line.
measure() {
  local failure
  if ! failure=$(trial "$@"); then
    echo "$failure"
  elif [ "$tool" = hyperfine ]; then
    median_ms_hyperfine "$@"
  else
    median_ms_loop "$@"
  fi
}

requests_logged() {
  wc -l <"$fake_dir/requests.log"
}

# Counts the API requests of one run of a command from the fake's log, which
# the fake rewrites within 50 ms of each request.
count_requests() {
  local before after
  before=$(requests_logged)
  "$@" >/dev/null 2>&1 || true
  sleep 0.3
  after=$(requests_logged)
  echo $((after - before))
}

# One GET /v2/pods with curl; the key goes to curl's stdin, never its arguments.
round_trip_ms() {
  local key
  key=$(cat "$list_home/.config/rp/runpod_api_key")
  for ((i = 0; i < runs + warmup; i++)); do
    printf 'header = "Authorization: Bearer %s"\n' "$key" |
      curl -s -o /dev/null -w '%{time_total}\n' -K - "$RUNPOD_API_URL/v2/pods"
  done | tail -n "$runs" | awk '{ printf "%.0f\n", $1 * 1000 }' | median
}

# Runs CREATE_RUNS creates with new aliases and prints the median wall time in
# ms minus $1 ms, or n/a with the first error line.
create_ms() {
  local subtract=$1 prefix=$2 start end code samples=()
  shift 2
  for ((i = 1; i <= create_runs; i++)); do
    start=$(date +%s%N)
    code=0
    env HOME="$create_home" "$launcher" create --alias "$prefix-$i" --gpu A40 --storage 0 "$@" \
      >/dev/null 2>"$work/create.err" || code=$?
    end=$(date +%s%N)
    if [ "$code" != 0 ]; then
      echo "n/a (exit $code: $(head -1 "$work/create.err"))"
      return
    fi
    samples+=($(((end - start) / 1000000 - subtract)))
  done
  printf '%s\n' "${samples[@]}" | median
}

is_number() {
  [[ $1 =~ ^[0-9]+(\.[0-9]+)?$ ]]
}

# Prints the median of the numbers given as arguments, or the first argument
# that is not a number (a trial's n/a line).
median_of() {
  local value
  for value in "$@"; do
    if ! is_number "$value"; then
      echo "$value"
      return
    fi
  done
  printf '%s\n' "$@" | median
}

# The floor, help and list cases take turns in ROUNDS rounds (default 5), and
# each prints the median of its round medians, so that a change in the
# machine's load during the run affects the floor and the commands alike.
rounds=${ROUNDS:-5}
round_runs=$(((runs + rounds - 1) / rounds))
floor_samples=()
help_samples=()
list_samples=()
for ((round = 0; round < rounds; round++)); do
  floor_samples+=("$(runs=$round_runs measure "$java" "${jvm_options[@]}" -cp "$jar" dev.rp.cli.Noop)")
  help_samples+=("$(runs=$round_runs measure env HOME="$empty_home" "$launcher" --help)")
  list_samples+=("$(runs=$round_runs measure env HOME="$list_home" "$launcher" list)")
done
floor=$(median_of "${floor_samples[@]}")
help=$(median_of "${help_samples[@]}")
list=$(median_of "${list_samples[@]}")
round_trip=$(round_trip_ms)
help_alone=$(measure env HOME="$empty_home" RP_DAEMON=0 "$launcher" --help)
list_alone=$(measure env HOME="$list_home" RP_DAEMON=0 "$launcher" list)
# The launcher's JVM client of the background process, as on a machine without
# bash 4.1: a PATH with java and the launcher's other programs, but no bash.
no_bash=$work/no-bash
mkdir -p "$no_bash"
for program in "$java" rm mv readlink stty; do
  ln -s "$(command -v "$program")" "$no_bash/${program##*/}"
done
list_jvm_client=$(measure env HOME="$list_home" PATH="$no_bash" "$launcher" list)
list_requests=n/a
if is_number "$list"; then
  list_requests=$(count_requests env HOME="$list_home" "$launcher" list)
fi
create=$(create_ms $((PROVISIONING_MS + STARTING_MS)) bench-create)
create_no_wait=$(create_ms 0 bench-nowait --no-wait)

# Prints "ok" or "MISSED" for "$1 <= $2", or "-" when either is not a number.
verdict() {
  if is_number "$1" && is_number "$2"; then
    awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t) ? "ok" : "MISSED" }'
  else
    echo "-"
  fi
}

help_target=$(awk -v f="$floor" 'BEGIN { printf "%.0f", 2 * f }')
list_target=-
if is_number "$floor" && is_number "$round_trip"; then
  list_target=$(awk -v f="$floor" -v r="$round_trip" 'BEGIN { printf "%.0f", 1.5 * (f + r) }')
fi

row() {
  printf '%-28s %-8s %-36s %s\n' "$1" "$2" "$3" "$4"
}
row "case" "median" "target" "verdict"
row "----------------------------" "--------" "------------------------------------" "-------"
row "jvm-floor (ms)" "$floor" "-" "-"
row "rp --help (ms)" "$help" "<= 2 x floor = $help_target" "$(verdict "$help" "$help_target")"
row "GET /v2/pods round trip (ms)" "$round_trip" "-" "-"
row "rp list, 50 pods (ms)" "$list" "<= 1.5 x (floor + rt) = $list_target" "$(verdict "$list" "$list_target")"
row "rp list API requests" "$list_requests" "1" "$(verdict "$list_requests" 1)"
row "rp --help, RP_DAEMON=0 (ms)" "$help_alone" "-" "-"
row "rp list, RP_DAEMON=0 (ms)" "$list_alone" "-" "-"
row "rp list, JVM client (ms)" "$list_jvm_client" "-" "-"
row "rp create, added (ms)" "$create" "< 1000" "$(verdict "$create" 999)"
row "rp create --no-wait (ms)" "$create_no_wait" "-" "-"
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)
echo "($runs runs per case, $create_runs creates, measured with $tool; $cpu," \
  "$(nproc) cores, load $load; $("$java" -version 2>&1 | head -1))"
