# Sourced by bin/sparkform and bin/sparkform-jshell (POSIX sh): builds the CLI on first use or
# when sources changed, and sets SPARKFORM_CP to its class path (jars, sorted, so that the AppCDS
# archive made on first run stays valid).
SPARKFORM_HOME=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
target="$SPARKFORM_HOME/cli/target"
stamp="$target/.sparkform-built"

sparkform_stale() {
  [ ! -f "$stamp" ] && return 0
  changed=$(find "$SPARKFORM_HOME/pom.xml" "$SPARKFORM_HOME/dsl" "$SPARKFORM_HOME/renderers" \
      "$SPARKFORM_HOME/apply-engine" "$SPARKFORM_HOME/library" "$SPARKFORM_HOME/sandbox" "$SPARKFORM_HOME/examples" "$SPARKFORM_HOME/cli" \
      -name target -prune -o \( -name '*.java' -o -name pom.xml \) -newer "$stamp" -print 2>/dev/null | head -n 1)
  [ -n "$changed" ]
}

# The start-up files bin/sparkform writes: the class path, the archives and the field table.
startup_files_out_of_date() {
  rm -f "$target"/sparkform-*.jsa "$target/sparkform.fields" "$target/sparkform.classpath"
}

if sparkform_stale; then
  command -v mvn >/dev/null 2>&1 || { echo "sparkform: Maven 3.8+ is needed to build on first use" >&2; exit 1; }
  echo "sparkform: building (first use, or sources changed) ..." >&2
  (cd "$SPARKFORM_HOME" && mvn -B -q -Dstyle.color=never -DskipTests -Dmaven.source.skip -Dmaven.javadoc.skip -pl cli -am package) >&2 || {
    echo "sparkform: build failed" >&2; exit 1; }
  startup_files_out_of_date
  touch "$stamp"
fi

# The start-up files are written again after a build, when jars are newer than the class path file
# (a Maven build, `mvn verify` say, not this script's: the JVM would silently ignore the archive),
# and when the checkout has moved. The class path is kept in a file: listing and sorting the jars
# costs two processes a run.
classpath="$target/sparkform.classpath"
if [ -f "$classpath" ]; then
  for jar in "$target/sparkform-cli.jar" "$target"/lib/*.jar; do
    if [ "$jar" -nt "$classpath" ]; then
      startup_files_out_of_date
      break
    fi
  done
fi
SPARKFORM_CP=
[ -f "$classpath" ] && read -r SPARKFORM_CP < "$classpath"
case "$SPARKFORM_CP" in
  "$target/sparkform-cli.jar:"*) ;;
  *)
    startup_files_out_of_date
    SPARKFORM_CP="$target/sparkform-cli.jar"
    for jar in $(ls "$target/lib"/*.jar | LC_ALL=C sort); do
      SPARKFORM_CP="$SPARKFORM_CP:$jar"
    done
    echo "$SPARKFORM_CP" > "$classpath"
    ;;
esac
if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
