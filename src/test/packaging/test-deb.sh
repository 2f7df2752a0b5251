#!/usr/bin/env bash
# Installs the .deb into a temporary folder (dpkg-deb -x, no root, nothing registered) and checks it:
# the package metadata (file type, menu entry, dependencies), the launcher's --version, one CLI
# command against the same command run by target/taakdiff.jar, SQLite's library loaded from the
# app folder, and the class-data archive its postinst makes. Run from the repository folder after `mvn -B -Pinstaller -DskipTests package`:
#   src/test/packaging/test-deb.sh target/installer/taakdiff_*.deb
set -euo pipefail
deb=${1:?usage: test-deb.sh PACKAGE.deb}
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
fail() { echo "test-deb: $*" >&2; exit 1; }

dpkg-deb -x "$deb" "$root"
version=$(dpkg-deb -f "$deb" Version)
version=${version%-*}
app=$root/opt/taakdiff
launcher=$app/bin/Taakdiff
[ -x "$launcher" ] || fail "no launcher at /opt/taakdiff/bin/Taakdiff"
# the script (src/main/packaging/linux/launcher.sh), not jpackage's native launcher, which asks dpkg about itself first
[ "$(head -c 2 "$launcher")" = "#!" ] || fail "the launcher is jpackage's native one, not launcher.sh"

dpkg-deb -f "$deb" Depends | grep -q 'libgtk-3-0' || fail "does not depend on libgtk-3-0"
grep -q 'type="application/x-taakdiff"' "$app"/lib/*MimeInfo.xml || fail "no MIME type application/x-taakdiff"
grep -q 'pattern="\*.taakdiff"' "$app"/lib/*MimeInfo.xml || fail "no *.taakdiff pattern"
desktop=$(ls "$app"/lib/*.desktop)
grep -q '^Exec=/opt/taakdiff/bin/Taakdiff %f$' "$desktop" || fail "menu entry does not pass the file: $(grep Exec "$desktop")"
grep -q '^MimeType=application/x-taakdiff' "$desktop" || fail "menu entry does not claim the file type"
grep -q '^Icon=/opt/taakdiff/lib/Taakdiff.png$' "$desktop" && [ -s "$app/lib/Taakdiff.png" ] || fail "menu entry has no icon"
[ -s "$app/share/doc/copyright" ] && grep -q 'Apache License' "$app/share/doc/copyright" || fail "no licence"

out=$("$launcher" --version)
[ "$out" = "taakdiff $version" ] || fail "--version printed '$out', expected 'taakdiff $version'"

command=(evaluate --allocation data/scenarios/differentiated-by-scale.csv --table summary)
"$launcher" "${command[@]}" > "$root/deb.csv" || fail "evaluate failed with exit status $?"
java -jar target/taakdiff.jar "${command[@]}" > "$root/jar.csv"
head -1 "$root/deb.csv" | grep -q '^metric,value' || fail "evaluate printed no summary table"
grep -q '^total_cost,[0-9]' "$root/deb.csv" || fail "evaluate printed no total cost"
cmp -s "$root/deb.csv" "$root/jar.csv" || fail "the installed app and the jar disagree: $(diff "$root/deb.csv" "$root/jar.csv")"

# SQLite's library comes from beside the jar: sqlite-jdbc unpacks nothing into the temporary folder.
[ -s "$app/lib/app/libsqlitejdbc.so" ] || fail "no libsqlitejdbc.so beside the jar"
mkdir "$root/tmp"
JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$root/tmp" "$launcher" workbook create "$root/study.taakdiff" > "$root/create.log" 2>&1 \
    || fail "workbook create failed: $(tail -3 "$root/create.log")"
[ -s "$root/study.taakdiff" ] || fail "workbook create wrote no workbook"
[ -z "$(ls "$root/tmp")" ] || fail "sqlite-jdbc unpacked its library anyway: $(ls "$root/tmp")"

# What postinst does at /opt/taakdiff, here; with -Xshare:on the JVM refuses to start unless it
# maps the archive, so the launcher's SharedArchiveFile option is shown to work.
"$app/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/lib/app/taakdiff.classlist" \
    -XX:SharedArchiveFile="$app/lib/app/taakdiff.jsa" -cp "$app/lib/app/taakdiff.jar" > "$root/dump.log" 2>&1 \
    || fail "dumping the class-data archive failed: $(tail -3 "$root/dump.log")"
out=$(JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version 2>/dev/null) || fail "the launcher does not use the archive"
[ "$out" = "taakdiff $version" ] || fail "--version with the archive printed '$out'"
echo "test-deb: $(basename "$deb") ok (taakdiff $version, $(du -sh "$app" | cut -f1) installed)"
