#!/usr/bin/env bash
# Cold start of the desktop app under Xvfb, beside LibreOffice Calc opening the exported XLSX.
#
#   src/bench/cold-start.sh [RUNS]        after `mvn -B -Pinstaller -DskipTests package`
#   COMPARE_JAR=../old/target/taakdiff.jar src/bench/cold-start.sh   also times another build's jar
#
# For each way of starting Taakdiff (the jar, the jar with its class-data archive, the app image)
# it runs the real app RUNS times (default 5) and reports, from process start:
#   frame       the window is mapped on the X server (src/bench/window-wait.py looks every 10 ms
#               over one connection; see there why not with xwininfo);
#   first view  the app prints "timing: first view" once the matrix and the comparison are laid out
#               (-Dtaakdiff.timing=true); it is stopped then. CPU is the process's CPU time by then
#               (all threads), which depends less on how busy the machine is; FX thread CPU is the
#               part the JavaFX thread did, the work that cannot move to the second core.
# A start that ends, or passes two minutes, without its first view is left out of the figures and
# reported with its exit status and last lines; its whole output (with a thread dump when it still
# ran) is kept in target/cold-start-failures/.
# Calc (soffice --calc, own profile) is timed the same way: frame = its first window, first view =
# the window titled with the file name. Every variant starts once untimed first (the app creates its
# default workbook, Calc its profile), so the timed runs find files in the page cache: warm starts.
# Each line carries the load average, since the machine may be shared. Needs Xvfb, python3, xwininfo and,
# for the comparison, libreoffice-calc (skipped when soffice is missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
work=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT

exec 3> "$work/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$work/display")"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
load() { cut -d' ' -f1 /proc/loadavg; }

# window_times START PATTERN...: for each pattern the ms after START until a window with such a title
# was mapped, or "timeout" after two minutes
window_times() { python3 src/bench/window-wait.py "$@"; }

# time_taakdiff COMMAND...: one run; prints "frame first-view CPU FX-CPU". The app is stopped after
# its first view (older builds print "first comparison laid out" for it). Its output (stdout and
# stderr) goes to a file that is read as it grows; a start that ends or passes two minutes without
# its first view is reported on stderr with its exit status and last lines, a thread dump is taken
# of one that is still running, and its output is kept in target/cold-start-failures/.
time_taakdiff() {
  local start frame view="?" cpu="?" fx="?" line pid poll log=$work/app.log deadline remaining
  : > "$log"
  start=$(now_ms)
  deadline=$(( start + 120000 ))
  window_times "$start" 'Taakdiff' > "$work/frame" &
  poll=$!
  JAVA_TOOL_OPTIONS="-Dtaakdiff.timing=true -Dtaakdiff.data.dir=$work/data -Djava.util.prefs.userRoot=$work/prefs" \
      "$@" >> "$log" 2>&1 &
  pid=$!
  while remaining=$(( (deadline - $(now_ms)) / 1000 )) && [ "$remaining" -gt 0 ] \
      && IFS= read -r -t "$remaining" line; do
    case $line in
      "timing: first view"* | *"first comparison laid out"*)
        view=$(( $(now_ms) - start ))
        cpu=$(echo "$line" | sed -n 's/.*process CPU \([0-9]*\) ms.*/\1/p')
        fx=$(echo "$line" | sed -n 's/.*FX thread CPU \([0-9]*\) ms.*/\1/p')
        break ;;
    esac
  done < <(tail -n +1 -f --pid="$pid" "$log")
  if [ "$view" = "?" ]; then
    failed_start "$pid" "$log" "$*"
    kill "$poll" 2>/dev/null || true
  fi
  wait "$poll" 2>/dev/null || true
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  frame=$(cat "$work/frame")
  echo "${frame:-none} $view ${cpu:-?} ${fx:-?}"
}

# failed_start PID LOG COMMAND: says why a start showed no first view and keeps what it printed.
failed_start() {
  local kept status
  mkdir -p target/cold-start-failures
  kept=target/cold-start-failures/$(date -u +%Y%m%dT%H%M%S)-$1.log
  if kill -0 "$1" 2>/dev/null; then
    kill -QUIT "$1" 2>/dev/null || true # the JVM prints a thread dump to its output
    sleep 2
    xwininfo -root -tree >> "$2.windows" 2>&1 || true
    status="still running after two minutes (thread dump and X windows kept)"
  else
    wait "$1" 2>/dev/null && status="exited with status 0" || status="exited with status $?"
  fi
  { cat "$2"; [ ! -f "$2.windows" ] || cat "$2.windows"; } > "$kept"
  rm -f "$2.windows"
  echo "failed start: $3: $status before its first view; output in $kept; its last lines:" >&2
  tail -n 5 "$2" | sed 's/^/    /' >&2
}

time_calc() {
  local start pid frame view poll
  start=$(now_ms)
  window_times "$start" 'LibreOffice|soffice' 'vergelijking\.xlsx' > "$work/frame" &
  poll=$!
  setsid soffice --nologo --norestore "-env:UserInstallation=file://$work/lo" --calc "$work/vergelijking.xlsx" \
      > "$work/calc.log" 2>&1 &
  pid=$!
  wait "$poll" || true
  read -r frame view < "$work/frame"
  if [ "$view" = timeout ]; then
    echo "failed start: LibreOffice Calc showed no window titled with the file within two minutes;" \
        "its last lines:" >&2
    tail -n 5 "$work/calc.log" | sed 's/^/    /' >&2
  fi
  kill -- -"$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  while pgrep -s "$pid" >/dev/null 2>&1; do sleep 0.1; done
  # left by the killed instance; the next one would ask about them and wait
  rm -f "$work/lo/.lock" "$work/.~lock.vergelijking.xlsx#"
  echo "$frame $view - -"
}

# archive_maps JAVA ARCHIVE JAR: whether the JVM maps the class-data archive for that jar. A JVM
# ignores an archive made for another jar (path, size or time differ) without a word; with
# -Xshare:on it refuses to start instead.
archive_maps() {
  "$1" -XX:SharedArchiveFile="$2" -Xshare:on -cp "$3" -version >/dev/null 2>&1
}

# "median (min–max)" of column $1 of the runs that reached their first view
stats() {
  awk '$2 ~ /^[0-9]+$/' "$work/runs" | sort -n -k"$1" \
      | awk -v c="$1" '{ v[NR] = $c } END { if (NR) printf "%s (%s–%s)", v[int((NR + 1) / 2)], v[1], v[NR]; else printf "-" }'
}

report() {
  local failed; failed=$(awk '$2 !~ /^[0-9]+$/' "$work/runs" | wc -l)
  printf '%-30s frame %s ms   first view %s ms   CPU %s ms   FX thread CPU %s ms   load average %s   %d runs%s\n' \
      "$1" "$(stats 1)" "$(stats 2)" "$(stats 3)" "$(stats 4)" "$(stats 5)" "$(wc -l < "$work/runs")" \
      "$([ "$failed" -eq 0 ] || echo ", $failed without a first view (see above)")"
}

measure() { # LABEL FUNCTION ARGS...
  local label=$1; shift
  "$@" > /dev/null # untimed: creates the workbook or the profile
  : > "$work/runs"
  for _ in $(seq "$runs"); do
    local l; l=$(load)
    echo "$("$@") $l" >> "$work/runs"
  done
  report "$label"
}

java -jar target/taakdiff.jar export --baseline data/scenarios/current-situation.csv \
    --alternative data/scenarios/differentiated-by-scale.csv --format xlsx --out "$work/vergelijking.xlsx" >/dev/null
echo "cold start, $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), load average at start $(load)"
if [ -n "${COMPARE_JAR:-}" ]; then # another build to compare with, e.g. the one before a change
  measure "java -jar $(basename "$(dirname "$(dirname "$COMPARE_JAR")")")" time_taakdiff java -jar "$COMPARE_JAR"
fi
measure "java -jar" time_taakdiff java -jar target/taakdiff.jar
if [ -f target/taakdiff.jsa ]; then
  if archive_maps java target/taakdiff.jsa target/taakdiff.jar; then
    measure "java -jar, class-data archive" time_taakdiff \
        java -XX:SharedArchiveFile=target/taakdiff.jsa -jar target/taakdiff.jar
  else
    echo "java -jar, class-data archive: skipped, target/taakdiff.jsa was made for another build of the jar" \
        "(mvn verify rewrites it; run mvn -Pinstaller -DskipTests package again)"
  fi
fi
image=target/installer/Taakdiff/lib
if [ -x target/installer/Taakdiff/bin/Taakdiff ]; then
  archive_maps "$image/runtime/bin/java" "$image/app/taakdiff.jsa" "$image/app/taakdiff.jar" \
      || echo "app image: its class-data archive does not map, so it is timed without one"
  measure "app image (jlink, archive)" time_taakdiff target/installer/Taakdiff/bin/Taakdiff
fi
if command -v soffice >/dev/null; then
  measure "LibreOffice Calc, XLSX" time_calc
fi
