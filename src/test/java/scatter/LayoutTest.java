package scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of the main sources in the order data flows through them, each allowed to use only
 * those before it (and itself):
 * <ol>
 *   <li>{@code linalg}: dense linear algebra (the complex LU), knowing nothing of the rest;</li>
 *   <li>{@code geometry}: contour expressions, the contour and its checks, the grid, bands of rows,
 *       inside tests;</li>
 *   <li>{@code physics}: Hankel functions, plane wave, sources, the kernel, the field (and models
 *       in subpackages, such as {@code physics.exact});</li>
 *   <li>{@code solve}: the problem as typed, prepared for the kernel, solved on the thread pool;</li>
 *   <li>{@code chart}: drawing primitives for pictures and plots;</li>
 *   <li>{@code output}: the result layout and its writers;</li>
 *   <li>{@code split}: part files and merging them;</li>
 *   <li>{@code timing}: timing records and logs, scaling sweeps, tables, plots;</li>
 *   <li>{@code cli}: the commands and their options;</li>
 *   <li>{@code scatter} itself: {@code Main}, signals and exit codes.</li>
 * </ol>
 * Inside {@code physics.exact} the exact model's rooms are ordered the same way ({@link #ROOMS}):
 * {@code curve} (the boundary), {@code system} (the equation solved), {@code evaluation} (the field
 * from the density), then the facade {@code physics.exact} itself; a room uses only those before it.
 * Read from the sources' imports and fully qualified names, so that a class that reaches up the
 * flow fails the build, not a review.
 */
class LayoutTest {
    /** Bottom first; "" is the root package. */
    static final List<String> ORDER = List.of("linalg", "geometry", "physics", "solve", "chart", "output", "split", "timing",
            "cli", "");
    /** The exact model's rooms inside {@code scatter.physics.exact}, bottom first; "" is the facade. */
    static final List<String> ROOMS = List.of("curve", "system", "evaluation", "");
    private static final String EXACT = "scatter.physics.exact";
    /** Classes of the command line stay thin: parsing and wording, the work is below. */
    static final int MAX_CLI_LINES = 250;

    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\bscatter((?:\\.[a-z]\\w*)*)\\.[A-Z]");

    /** The layer of a package: its first name below scatter ("physics" for scatter.physics.exact). */
    static String layer(String pkg) {
        String[] names = pkg.split("\\.");
        return names.length < 2 ? "" : names[1];
    }

    /** The room of a package inside physics.exact ("" for the facade), or null outside it. */
    static String room(String pkg) {
        if (pkg.equals(EXACT)) {
            return "";
        }
        if (!pkg.startsWith(EXACT + ".")) {
            return null;
        }
        return pkg.substring(EXACT.length() + 1).split("\\.")[0];
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The code without comments and string literals, which may name any package. */
    static String code(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "").replaceAll("\"(\\\\.|[^\"\\\\])*\"",
                "\"\"");
    }

    @Test
    void noPackageUsesOneAboveItInTheFlow() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String source = Files.readString(file);
            Matcher p = PACKAGE.matcher(source);
            assertTrue(p.find(), file + " has no package");
            String from = layer(p.group(1));
            int fromRank = ORDER.indexOf(from);
            assertTrue(fromRank >= 0, file + ": package " + p.group(1) + " has no place in LayoutTest.ORDER");
            Matcher r = REFERENCE.matcher(code(source));
            while (r.find()) {
                String to = layer("scatter" + r.group(1));
                int toRank = ORDER.indexOf(to);
                if (toRank > fromRank) {
                    violations.add(MAIN.relativize(file) + " (" + (from.isEmpty() ? "scatter" : from) + ") uses scatter"
                            + r.group(1) + " (" + (to.isEmpty() ? "scatter" : to) + ")");
                }
            }
        }
        assertEquals(List.of(), violations, "dependencies up the flow " + ORDER);
    }

    @Test
    void noRoomOfTheExactModelUsesOneAboveIt() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String source = Files.readString(file);
            Matcher p = PACKAGE.matcher(source);
            assertTrue(p.find(), file + " has no package");
            String from = room(p.group(1));
            if (from == null) {
                continue;
            }
            int fromRank = ROOMS.indexOf(from);
            assertTrue(fromRank >= 0, file + ": package " + p.group(1) + " has no place in LayoutTest.ROOMS");
            Matcher r = REFERENCE.matcher(code(source));
            while (r.find()) {
                String to = room("scatter" + r.group(1));
                if (to != null && ROOMS.indexOf(to) > fromRank) {
                    violations.add(MAIN.relativize(file) + " (" + from + ") uses scatter" + r.group(1) + " ("
                            + (to.isEmpty() ? "physics.exact" : to) + ")");
                }
            }
        }
        assertEquals(List.of(), violations, "dependencies up the exact model's rooms " + ROOMS);
    }

    @Test
    void everyPackageSaysWhereItStandsInAPackageInfo() throws IOException {
        TreeSet<Path> packages = new TreeSet<>();
        for (Path file : sources()) {
            packages.add(file.getParent());
        }
        for (Path dir : packages) {
            assertTrue(Files.exists(dir.resolve("package-info.java")), dir + " has no package-info.java");
        }
    }

    @Test
    void theCommandLineClassesStayThin() throws IOException {
        for (Path file : sources()) {
            if (file.getParent().endsWith(Path.of("scatter", "cli"))) {
                long lines = Files.readAllLines(file).size();
                assertTrue(lines <= MAX_CLI_LINES,
                        file + " has " + lines + " lines; move the work below the command line");
            }
        }
    }

    @Test
    void theCheckItselfSeesAnUpwardUse() {
        String source = "package scatter.geometry;\nimport scatter.solve.Problem;\n/** {@link scatter.cli.Log} */\n"
                + "class X { String s = \"scatter.cli.Y\"; Object o = scatter.output.ResultLayout.X;\n"
                + "Object m = scatter.Main.class; }";
        Matcher r = REFERENCE.matcher(code(source));
        List<String> found = new ArrayList<>();
        while (r.find()) {
            found.add(layer("scatter" + r.group(1)));
        }
        assertEquals(List.of("solve", "output", ""), found, "imports and qualified names, not comments or strings");
        assertEquals("physics", layer("scatter.physics.exact"));
        assertEquals("", layer("scatter"));
    }

    @Test
    void theCheckItselfSeesARoomAbove() {
        String source = "package scatter.physics.exact.curve;\nimport scatter.physics.exact.system.BlockSystem;\n"
                + "/** {@link scatter.physics.exact.evaluation.CloseField} */\nclass X { String s = \"scatter.physics.exact.Y\";\n"
                + "Object o = scatter.physics.exact.evaluation.FarField.X; Object e = scatter.physics.exact.ExactModel.class;\n"
                + "Object w = scatter.physics.PlaneWave.class; }";
        Matcher r = REFERENCE.matcher(code(source));
        List<String> found = new ArrayList<>();
        while (r.find()) {
            found.add(room("scatter" + r.group(1)));
        }
        List<String> expected = new ArrayList<>(List.of("system", "evaluation", ""));
        expected.add(null);
        assertEquals(expected, found, "imports and qualified names, not comments or strings; outside physics.exact: null");
        assertEquals("curve", room("scatter.physics.exact.curve"));
        assertEquals("", room("scatter.physics.exact"));
        assertEquals(null, room("scatter.physics"));
        assertEquals(null, room("scatter.physics.exactly"));
        assertTrue(ROOMS.indexOf("curve") < ROOMS.indexOf("system") && ROOMS.indexOf("system") < ROOMS.indexOf("evaluation")
                && ROOMS.indexOf("evaluation") < ROOMS.indexOf(""), "curve, system, evaluation, facade");
    }
}
