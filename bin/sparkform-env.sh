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

if sparkform_stale; then
  command -v mvn >/dev/null 2>&1 || { echo "sparkform: Maven 3.8+ is needed to build on first use" >&2; exit 1; }
  echo "sparkform: building (first use, or sources changed) ..." >&2
  (cd "$SPARKFORM_HOME" && mvn -B -q -Dstyle.color=never -DskipTests -Dmaven.source.skip -Dmaven.javadoc.skip -pl cli -am package) >&2 || {
    echo "sparkform: build failed" >&2; exit 1; }
  rm -f "$target/sparkform.jsa" "$target/sparkform.fields" "$target/sparkform.classpath"
  touch "$stamp"
fi

# Start-up files older than a jar (jars a Maven build made, `mvn verify` say, not this script) no
# longer fit: the JVM would silently ignore the archive. They are written again.
if [ -f "$target/sparkform.jsa" ]; then
  for jar in "$target/sparkform-cli.jar" "$target"/lib/*.jar; do
    if [ "$jar" -nt "$target/sparkform.jsa" ]; then
      rm -f "$target/sparkform.jsa" "$target/sparkform.fields" "$target/sparkform.classpath"
      break
    fi
  done
fi

# The class path is written once per build (listing and sorting the jars costs two processes a
# run), and again when the checkout has moved.
classpath="$target/sparkform.classpath"
SPARKFORM_CP=
[ -f "$classpath" ] && read -r SPARKFORM_CP < "$classpath"
case "$SPARKFORM_CP" in
  "$target/sparkform-cli.jar:"*) ;;
  *)
    SPARKFORM_CP="$target/sparkform-cli.jar"
    for jar in $(ls "$target/lib"/*.jar | LC_ALL=C sort); do
      SPARKFORM_CP="$SPARKFORM_CP:$jar"
    done
    echo "$SPARKFORM_CP" > "$classpath"
    ;;
esac
if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
