# rp @project.version@: the launcher's client of rp's background process, for bash 4 or later.
#
# The launcher runs it for a quick command while an endpoint file exists, so that
# the command runs in the background process without a JVM of its own. See
# dev.rp.cli.Daemon for the process and docs/files.md for its files.
#
# Usage: bash -p rp-client.bash FOLDER JAR JAVA LAUNCHER TTY COLUMNS [ARG...]
# (-p keeps bash from reading BASH_ENV and functions from the environment)
#
# It prints the command's output and exits with its exit code. When no process
# ran the command, it exits with 253 and has printed nothing: none is running,
# the running one is for another jar, Java or environment, it hands the command
# back because it would prompt, or it stops responding. The launcher then runs
# the command in its own JVM.
#
# The exchange, on 127.0.0.1: the client sends the endpoint file's client token,
# the process responds with its server token, and only then does the client send
# the request, NUL-terminated fields that dev.rp.cli.Daemon.Request.readShell
# reads. The process responds with the line "a" when it runs the command or "l"
# when it does not, "." every second while it runs, then the output in chunks
# (see dev.rp.cli.DaemonServer.shellChunks) and "x CODE".

not_run=253
# read -N arrived in bash 4.1.
((BASH_VERSINFO[0] > 4 || (BASH_VERSINFO[0] == 4 && BASH_VERSINFO[1] >= 1))) || exit "$not_run"
folder=$1 jar=$2 java=$3 launcher=$4 tty=$5 columns=$6
shift 6

# Seconds to wait for the server token, and for each line of an accepted command.
token_timeout=2
heartbeat_timeout=5

# Sends the command, the arguments after the process's port and tokens, to the
# process, and prints the output once all of it has arrived, so that a process
# that stops midway leaves nothing printed. Returns 1, having printed nothing,
# when the process did not run the command.
run_in() {
  local port=$1 client_token=$2 server_token=$3 line proof code name length text
  local -a request chunks
  shift 3
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  printf '%s' "$client_token" >&3 2>/dev/null || return 1
  IFS= read -r -N "${#server_token}" -t "$token_timeout" proof <&3 || return 1
  # Anyone may listen on a port after the process is gone, so only a listener
  # that read the endpoint file gets the request, with the environment.
  [[ $proof == "$server_token" ]] || return 1

  request=(rpS1 "$jar" "$java" "$launcher" "$tty" "$columns" "$#" "$@")
  while IFS= read -r name; do
    request+=("$name=${!name}")
  done < <(compgen -e)
  request+=("")
  # One printf, so that the request leaves in as few writes as possible.
  printf '%s\0' "${request[@]}" >&3 2>/dev/null || return 1

  # The process sends heartbeats while it reads a long request, too.
  while IFS= read -r -t "$token_timeout" line <&3 && [[ $line == . ]]; do :; done
  [[ $line == a ]] || return 1
  # Lengths count bytes. The environment has been sent, so this changes no request.
  local LC_ALL=C
  while IFS= read -r -t "$heartbeat_timeout" line <&3; do
    case $line in
      .) ;;
      [12]' 'z) chunks+=("${line:0:1}") ;;
      [12]' '[1-9]*)
        length=${line#? }
        IFS= read -r -N "$length" -t "$heartbeat_timeout" text <&3 && ((${#text} == length)) ||
          return 1
        chunks+=("${line:0:1}$text")
        ;;
      'x '*)
        code=${line#x }
        [[ $code =~ ^[0-9]{1,3}$ ]] || return 1
        print_chunks "${chunks[@]}"
        exit "$code"
        ;;
      *) return 1 ;;
    esac
  done
  return 1
}

# Prints each chunk to its stream: 1 or 2, then the text, or nothing for a NUL
# byte. A reader that went away, as after `rp list | head -1`, ends the
# printing but not with an error, as in the JVM.
print_chunks() {
  local chunk
  trap '' PIPE
  for chunk; do
    if ((${#chunk} == 1)); then
      printf '\0'
    else
      printf '%s' "${chunk:1}"
    fi >&"${chunk:0:1}" 2>/dev/null
  done
}

# Only files of this user, in a folder of this user, are endpoint files: another
# user cannot make a file that this user owns.
[[ -d $folder && ! -h $folder && -O $folder ]] || exit "$not_run"
for endpoint in "$folder"/rp-*.endpoint; do
  # A jar rebuilt after the process started makes it stale.
  [[ -f $endpoint && ! -h $endpoint && -O $endpoint && ! $jar -nt $endpoint ]] || continue
  IFS=' ' read -r port client_token server_token <"$endpoint" || continue
  [[ $port =~ ^[0-9]{1,5}$ ]] && ((10#$port >= 1 && 10#$port <= 65535)) || continue
  [[ -n $client_token && -n $server_token ]] || continue
  run_in "$((10#$port))" "$client_token" "$server_token" "$@"
  exec 3>&-
done
exit "$not_run"
