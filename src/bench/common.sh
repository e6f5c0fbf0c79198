# Shared by the benchmark scripts (sourced, not run): the jar, a scratch directory, a median.
# Expects $root, the repository's top directory.

jar=$root/target/scatter.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# (re)build the jar when any main source or the pom is newer than it
if [ ! -f "$jar" ] || [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit)" ]; then
    (cd "$root" && mvn -q -DskipTests package)
fi

# the median of the numbers on stdin, one per line
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
