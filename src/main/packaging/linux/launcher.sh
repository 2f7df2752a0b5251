#!/bin/bash
# The app image's launcher on Linux (bin/Taakdiff): starts the bundled runtime with the class path,
# main class and Java options that jpackage wrote into lib/app/Taakdiff.cfg. It replaces jpackage's
# own native launcher, which asks rpm and dpkg on every start which package it belongs to
# (`dpkg -S` reads the whole package database): about 0.3 s before the JVM even starts.
bin=$(dirname "$(readlink -f "$0")")
lib=$(dirname "$bin")/lib
appdir=$lib/app
options=()
while IFS= read -r line; do
    case $line in
        app.classpath=*) classpath=${line#app.classpath=} ;;
        app.mainclass=*) mainclass=${line#app.mainclass=} ;;
        java-options=*) options+=("${line#java-options=}") ;;
    esac
done < "$appdir/Taakdiff.cfg"
exec "$lib/runtime/bin/java" "${options[@]//\$APPDIR/$appdir}" -Djpackage.app-path="$bin/Taakdiff" \
    -cp "${classpath//\$APPDIR/$appdir}" "$mainclass" "$@"
