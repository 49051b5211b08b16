# rp @project.version@: the launcher's client of rp's background process, for bash 4.1 or later.
#
# The launcher runs it for a quick command while an endpoint file exists, so that
# the command runs in the background process without a JVM of its own. See
# dev.rp.cli.Daemon for the process and docs/files.md for its files.
#
# Usage: LC_ALL=C bash -p rp-client.bash FOLDER JAR JAVA LAUNCHER TTY COLUMNS
#          HAD_LC_ALL USER_LC_ALL [ARG...]
# (-p keeps bash from reading BASH_ENV and functions from the environment).
# HAD_LC_ALL is 1 when the user's environment has LC_ALL, whose value is
# USER_LC_ALL; the client runs with LC_ALL=C, so that lengths count bytes.
#
# It prints the command's output and exits with its exit code. When no process
# ran the command, it has printed nothing. It then runs the launcher again,
# which runs the command in its JVM. RP_CLIENT_OUTCOME tells that JVM why:
#   java   this bash is too old, so the JVM offers the command to the process
#   start  no process ran it, so the JVM starts one for the next command
#   local  the process handed it back, because the command would prompt
#
# The exchange, on 127.0.0.1: the client sends the endpoint file's client token,
# the process responds with its server token, and only then does the client send
# the request, NUL-terminated fields that dev.rp.cli.Daemon.Request.readShell
# reads. The process responds with the line "a" when it runs the command, "o"
# when it is a process for another jar, Java or environment, or "l" when it
# hands the command back. It sends "." every second while it runs, then the
# output in chunks (see dev.rp.cli.DaemonServer.shellChunks) and "x CODE".

# Another shell named bash, or bash before 4.1, which lacks read -N, leaves the
# command to the JVM. This check is plain sh, so that such a shell gets this far.
case ${BASH_VERSION-} in
  [5-9]* | [1-9][0-9]* | 4.[1-9]*) ;;
  *)
    launcher=$4
    if [ -n "$7" ]; then
      LC_ALL=$8
      export LC_ALL
    else
      unset LC_ALL
    fi
    shift 8
    RP_CLIENT_OUTCOME=java exec "$launcher" "$@"
    ;;
esac

folder=$1 jar=$2 java=$3 launcher=$4 tty=$5 columns=$6 had_lc_all=$7 user_lc_all=$8
shift 8
args=("$@")

# POSIX mode would end the script at a failed redirection of exec. The user's
# value still goes into the request.
had_posixly_correct=${POSIXLY_CORRECT+1}
user_posixly_correct=${POSIXLY_CORRECT-}
unset POSIXLY_CORRECT
set +o posix
# As the JVM does: Ctrl-C exits with 130, and a closed socket or pipe is an
# error to handle rather than the end of the client.
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
trap '' PIPE
# From the watchdog below. A trap that only sets a flag interrupts a connect or
# a read all the same, and runs no command inside their redirections.
trap 'watchdog_fired=1' USR1

# Seconds to wait for the connection and the server token, and for each line of
# an accepted command.
token_timeout=2
heartbeat_timeout=5

# Runs the launcher again with RP_CLIENT_OUTCOME=$1, with the user's
# environment and signal handling back, and so the command in its JVM.
run_in_jvm() {
  exec 3>&- 4>&-
  trap - INT TERM HUP PIPE
  # Ignored rather than reset, for a watchdog that fires as the token arrives.
  trap '' USR1
  {
    if [[ $had_lc_all ]]; then LC_ALL=$user_lc_all; else unset LC_ALL; fi
  } 2>/dev/null
  [[ $had_posixly_correct ]] && export POSIXLY_CORRECT=$user_posixly_correct
  RP_CLIENT_OUTCOME=$1 exec "$launcher" "${args[@]}"
}

# Sends the command to the process at port $1 with the tokens $2 and $3, and
# prints the output once all of it has arrived, so that a process that stops
# midway leaves nothing printed. Returns 1, having printed nothing, when the
# process did not run the command.
run_in() {
  local port=$1 client_token=$2 server_token=$3 line proof code name length text
  local -a request chunks

  # Bash's /dev/tcp has no connect timeout, and once a process stops accepting,
  # its queue of connections fills and a connect then waits for minutes. So a
  # watchdog sends SIGUSR1 unless the server token arrives in time, which ends
  # the connect or the read. The read's own, longer timeout is a backstop.
  watchdog_fired=
  exec 4> >(IFS= read -r -t "$token_timeout" _ || (($? <= 128)) || kill -USR1 "$$")
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null &&
    printf '%s' "$client_token" >&3 2>/dev/null &&
    IFS= read -r -N "${#server_token}" -t "$((token_timeout + 1))" proof <&3 2>/dev/null
  printf '\n' >&4 2>/dev/null
  exec 4>&-
  if [[ $watchdog_fired ]]; then
    run_in_jvm start
  fi
  # Anyone may listen on a port after the process is gone, so only a listener
  # that read the endpoint file gets the request, with the environment.
  [[ $proof == "$server_token" ]] || return 1

  request=(rpS1 "$jar" "$java" "$launcher" "$tty" "$columns" "${#args[@]}" "${args[@]}")
  # NOTE: this is bash's view of the environment: SHLVL is one higher, and a
  # name that is not a shell identifier is missing. rp reads no such variable.
  while IFS= read -r name; do
    if [[ $name != LC_ALL ]]; then
      request+=("$name=${!name}")
    fi
  done < <(compgen -e)
  [[ $had_lc_all ]] && request+=("LC_ALL=$user_lc_all")
  [[ $had_posixly_correct ]] && request+=("POSIXLY_CORRECT=$user_posixly_correct")
  request+=("")
  # One printf, so that the request leaves in as few writes as possible.
  printf '%s\0' "${request[@]}" >&3 2>/dev/null || return 1

  # The process sends heartbeats while it reads a long request, too.
  while IFS= read -r -t "$token_timeout" line <&3 2>/dev/null && [[ $line == . ]]; do :; done
  case $line in
    a) ;;
    l) run_in_jvm local ;;
    *) return 1 ;;
  esac
  while IFS= read -r -t "$heartbeat_timeout" line <&3 2>/dev/null; do
    case $line in
      .) ;;
      [12]' 'z) chunks+=("${line:0:1}") ;;
      [12]' '*)
        length=${line#? }
        [[ $length =~ ^[1-9][0-9]{0,8}$ ]] || return 1
        IFS= read -r -N "$length" -t "$heartbeat_timeout" text <&3 2>/dev/null &&
          ((${#text} == length)) || return 1
        chunks+=("${line:0:1}$text")
        ;;
      'x '*)
        code=${line#x }
        [[ $code =~ ^[0-9]{1,3}$ ]] && ((code <= 255)) || return 1
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
if [[ -d $folder && ! -h $folder && -O $folder ]]; then
  for endpoint in "$folder"/rp-*.endpoint; do
    # A jar rebuilt after the process started makes it stale.
    [[ -f $endpoint && ! -h $endpoint && -O $endpoint && ! $jar -nt $endpoint ]] || continue
    IFS=' ' read -r port client_token server_token <"$endpoint" || continue
    [[ $port =~ ^[0-9]{1,5}$ ]] && ((10#$port >= 1 && 10#$port <= 65535)) || continue
    [[ -n $client_token && -n $server_token ]] || continue
    run_in "$((10#$port))" "$client_token" "$server_token"
    exec 3>&-
  done
fi
run_in_jvm start
