#!/usr/bin/env bash
# Measures the start-up time of the rp command line and prints a table of medians.
#
# Usage: bench/cli-bench.sh [RUNS]        (default 15 runs per case)
#
# It builds nothing: build first with `mvn -pl rp-cli -am package`. It uses the
# launcher rp-cli/target/rp and its rp.jar, with HOME set to a throwaway folder
# so that no real config is read. Cases:
#   jvm-floor   java with the launcher's JVM options running dev.rp.cli.Noop
#               from rp.jar: what any JVM command costs at least
#   rp --help   the launcher end to end, picocli model and help rendering
#   rp list     TODO: 50 tracked pods against the fake RunPod API
#   rp create   TODO: rp's own overhead of a create against the fake API
# With hyperfine installed (apt-get install -y hyperfine) it measures with 3
# warm-up runs; otherwise it times a loop with `date +%s%N`. Numbers depend on
# the machine: note its CPU and load next to any number you keep.
set -euo pipefail

runs=${1:-15}
root=$(cd "$(dirname "$0")/.." && pwd)
launcher=$root/rp-cli/target/rp
jar=$root/rp-cli/target/rp.jar
if [ ! -x "$launcher" ] || [ ! -f "$jar" ]; then
  echo "cli-bench: $launcher or $jar is missing; run: mvn -pl rp-cli -am package" >&2
  exit 1
fi

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home
unset RP_CONFIG_DIR RP_SSH_CONFIG XDG_CONFIG_HOME RUNPOD_API_KEY RUNPOD_API_URL

java=${JAVA_HOME:+$JAVA_HOME/bin/}java
# The same options as the launcher, without its class data sharing archive.
jvm_options=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Xss512k -Xmx256m
  -Xlog:disable -Xlog:all=error:stderr)

# The first run of the launcher records its class data sharing archive; do it
# here so that no measured run pays for it.
"$launcher" --version >/dev/null

names=()
commands=()
add_case() {
  names+=("$1")
  commands+=("$2")
}
add_case "jvm-floor" "$java ${jvm_options[*]} -cp $jar dev.rp.cli.Noop"
add_case "rp --help" "$launcher --help"
# TODO: start the fake RunPod API server from rp-sdk's test jar on 127.0.0.1,
# export RUNPOD_API_URL and RUNPOD_API_KEY, track 50 pods in $HOME/.config/rp,
# then add: add_case "rp list (50 pods)" "$launcher list"
# TODO: with the same server, add the create overhead:
# add_case "rp create" "$launcher create --alias bench-1 --gpu A40 --storage 10GB --force"

median_ms_loop() {
  local command=$1 samples=() start end
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    $command >/dev/null 2>&1 || true
    end=$(date +%s%N)
    samples+=($(((end - start) / 1000000)))
  done
  printf '%s\n' "${samples[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

median_ms_hyperfine() {
  local command=$1 export_file
  export_file=$(mktemp)
  hyperfine --style none --warmup 3 --runs "$runs" --ignore-failure \
    --export-json "$export_file" "$command" >/dev/null
  # hyperfine reports seconds; the median of the runs is "median".
  awk -F: '/"median"/ { gsub(/[ ,]/, "", $2); printf "%.0f\n", $2 * 1000; exit }' "$export_file"
  rm -f "$export_file"
}

if command -v hyperfine >/dev/null 2>&1; then
  tool=hyperfine
else
  tool=loop
fi

printf '%-22s %10s\n' "case" "median ms"
printf '%-22s %10s\n' "----------------------" "----------"
for i in "${!names[@]}"; do
  if [ "$tool" = hyperfine ]; then
    ms=$(median_ms_hyperfine "${commands[$i]}")
  else
    ms=$(median_ms_loop "${commands[$i]}")
  fi
  printf '%-22s %10s\n' "${names[$i]}" "$ms"
done
echo "($runs runs per case, measured with $tool, $("$java" -version 2>&1 | head -1))"
