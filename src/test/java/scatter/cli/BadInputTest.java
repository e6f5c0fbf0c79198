package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import scatter.TestFiles;

/**
 * Every mistake a user can make in the input: one line on stderr that names the option (or
 * variable) and says what is wrong, no stack trace, exit code 2, and no file written (neither the
 * result, nor the -save frames, nor the timing log).
 */
class BadInputTest {
    @TempDir
    Path dir;

    /** A bad input: the environment, the arguments, and what the message must contain. */
    static Arguments bad(Map<String, String> env, String expected, String... args) {
        return Arguments.of(String.join(" ", args) + (env.isEmpty() ? "" : " with " + env), env, expected, args);
    }

    static Arguments bad(String expected, String... args) {
        return bad(Map.of(), expected, args);
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        // numbers: non-numeric, zero, negative, NaN, infinite
        for (String value : new String[] {"abc", "0", "-1", "NaN", "Infinity", "-Infinity", "", "0x1p-3x"}) {
            cases.add(bad("-lambda", "-lambda", value));
        }
        for (String option : new String[] {"-nx", "-ny", "-nc"}) {
            for (String value : new String[] {"abc", "0", "-1", "NaN", "Infinity", "1.5", "99999999999", ""}) {
                cases.add(bad(option, option, value));
            }
        }
        // a wavelength absurdly small or large for the obstacle
        cases.add(bad("-lambda", "-lambda", "1e-300"));
        cases.add(bad("-lambda", "-lambda", "1e300"));
        // grids and contours that cannot fit in memory: checked up front, saying how much is needed
        cases.add(bad("-nx/-ny", "-nx", "100000", "-ny", "100000"));
        cases.add(bad("-Xmx", "-nx", "30000", "-ny", "30000"));
        cases.add(bad("-Xmx", "-nc", "2000000000"));
        // expressions: syntax, unknown names and functions, division by zero, NaN and infinity at some t
        cases.add(bad("-xc: cannot read", "-xc", "cos(2*pi*t"));
        cases.add(bad("-yc: cannot read", "-yc", "sin(2*pi*t))"));
        cases.add(bad("-xc: cannot read", "-xc", "t +* 2"));
        cases.add(bad("-xc: cannot read", "-xc", "foo(t)"));
        cases.add(bad("-yc: cannot read", "-yc", "x*t"));
        cases.add(bad("-xc: cannot read", "-xc", "__import__('os').system('ls')"));
        cases.add(bad("-xc: the expression is empty", "-xc", " "));
        cases.add(bad("-xc: '1/(t-0.5)' fails at t = 0.5", "-xc", "1/(t-0.5)"));
        cases.add(bad("-yc: 'sqrt(t-0.5)' gives NaN at t = 0", "-yc", "sqrt(t-0.5)"));
        cases.add(bad("-xc: 'log(t)' gives -Infinity at t = 0", "-xc", "log(t)"));
        cases.add(bad("-xc: '1e308*(10+t)' gives Infinity at t = 0", "-xc", "1e308*(10+t)"));
        // contours that are not simple closed curves
        cases.add(bad("-xc/-yc: the contour is not closed", "-xc", "cos(3*t)"));
        cases.add(bad("-xc/-yc: the contour crosses or touches itself", "-xc", "sin(4*pi*t)"));
        cases.add(bad("-xc/-yc: the contour encloses no area", "-yc", "0"));
        cases.add(bad("-xc/-yc: the contour is a single point", "-xc", "1", "-yc", "2"));
        // several obstacles: in pairs, each a simple closed curve, apart from the others (named from 1)
        String circle = "cos(2*pi*t)";
        String sine = "sin(2*pi*t)";
        cases.add(bad("-xc/-yc: 2 x(t) but 1 y(t)", "-xc", circle, "-xc", circle + "+3", "-yc", sine));
        cases.add(bad("-xc/-yc: 1 x(t) but 3 y(t)", "-xc", circle, "-yc", sine, "-yc", sine, "-yc", sine));
        cases.add(bad("-xc/-yc: obstacles 1 and 2 overlap", "-xc", circle, "-yc", sine, "-xc", circle + "+1",
                "-yc", sine));
        cases.add(bad("-xc/-yc: obstacles 1 and 2 touch", "-xc", circle, "-yc", sine, "-xc", circle + "+2",
                "-yc", sine));
        cases.add(bad("-xc/-yc: obstacle 2 lies inside obstacle 1", "-xc", circle, "-yc", sine, "-xc",
                "0.5*" + circle, "-yc", "0.5*" + sine));
        cases.add(bad("-xc/-yc: obstacle 1 lies inside obstacle 3", "-xc", "0.2*" + circle, "-yc", "0.2*" + sine,
                "-xc", circle + "+5", "-yc", sine, "-xc", "3*" + circle, "-yc", "3*" + sine));
        cases.add(bad("-xc/-yc: obstacles 2 and 3 overlap", "-xc", circle, "-yc", sine, "-xc", circle + "+3",
                "-yc", sine, "-xc", circle + "+4", "-yc", sine));
        cases.add(bad("-xc/-yc: obstacle 2: the contour is not closed", "-xc", circle, "-yc", sine, "-xc",
                "cos(3*t)+3", "-yc", sine));
        cases.add(bad("-yc: obstacle 2: cannot read", "-xc", circle, "-yc", sine, "-xc", circle + "+3", "-yc",
                "sin(2*pi*t))"));
        cases.add(bad("--points: 4096 boundary points on each of the 3 obstacles are 12288 in all", "--model", "exact",
                "--points", "4096", "-xc", circle, "-yc", sine, "-xc", circle + "+3", "-yc", sine, "-xc", circle + "+6",
                "-yc", sine));
        cases.add(bad("--points: obstacle 2: --points fixes the boundary points of a smooth contour", "--model", "exact",
                "--points", "256", "-xc", circle, "-yc", sine, "-xc", "abs(4*t-2)+3", "-yc", "abs(2-abs(4*t-1))-1"));
        // threads: option and environment
        for (String value : new String[] {"0", "-1", "abc", "4,abc", "100000", "99999999999999999999"}) {
            cases.add(bad("--threads", "--threads", value));
            cases.add(bad(Map.of("OMP_NUM_THREADS", value), "OMP_NUM_THREADS"));
        }
        cases.add(bad(Map.of("SLURM_CPUS_PER_TASK", "many"), "SLURM_CPUS_PER_TASK"));
        // the direction and the inside test
        cases.add(bad("-angle", "--angle", "NaN"));
        cases.add(bad("-angle", "-angle", "north"));
        cases.add(bad("--angle", "--angle", "Infinity"));
        cases.add(bad("--inside-test", "--inside-test", "ray"));
        // a refusal after the checks that could warn: the refusal alone
        cases.add(bad("-Xmx", "--angles", "10", "-o", "{dir}/x.vtk", "-nx", "30000", "-ny", "30000"));
        // a contour the exact model refuses: the refusal alone, no log line before it
        cases.add(bad("-xc/-yc: the exact model needs a smooth contour", "--model", "exact",
                "-xc", "cos(2*pi*t)^3", "-yc", "sin(2*pi*t)^3"));
        // a choice not among those there are: listed as the user types them, not as Java's constants
        cases.add(bad("'--inside-test': expected winding or cross, not 'ray'", "--inside-test", "ray"));
        cases.add(bad("'--bc': expected soft or hard, not 'dirichlet'", "--model", "exact", "--bc", "dirichlet"));
        cases.add(bad("'--model': expected kirchhoff or exact, not 'bem'", "--model", "bem"));
        // a tolerance outside its range, each worded for what it is
        cases.add(bad("--tol: the tolerance must be from 1e-13 to 0.1, not 1.0E-15 (converged boundary solutions still"
                + " change by about 1e-14 from rounding, so a smaller one could never be met)", "--model", "exact",
                "--tol", "1e-15"));
        cases.add(bad("--tol: the tolerance must be from 1e-13 to 0.1, not 0.2 (a change of more than 0.1 between"
                + " doublings says nothing of the error: the boundary solution is not yet resolved at all)", "--model", "exact", "--tol", "0.2"));
        cases.add(bad("--tol: the tolerance must be from 1e-13 to 0.1, not 1.0 (a change of more than 0.1 between"
                + " doublings says nothing of the error: the boundary solution is not yet resolved at all)", "--model", "exact", "--tol", "1"));
        cases.add(bad("--tol: the tolerance must be a number from 1e-13 to 0.1, not NaN", "--model", "exact",
                "--tol", "NaN"));
        cases.add(bad("--tol: the tolerance must be from 1e-13 to 0.1, not -1.0E-6", "--model", "exact",
                "--tol", "-1e-6"));
        // outputs: missing or unwritable directory, unknown extension, a directory
        cases.add(bad("-o: directory", "-o", "{dir}/no/such/dir/out.h5"));
        cases.add(bad("-o: cannot write into directory /proc", "-o", "/proc/out.h5"));
        cases.add(bad("-o: cannot tell the format of '{dir}/out.txt'; supported extensions: .h5, .hdf5, .vtk, .png",
                "-o", "{dir}/out.txt"));
        cases.add(bad("-o: cannot tell the format", "-o", "{dir}/out"));
        cases.add(bad("-o: cannot tell the format", "-o", "{dir}/.h5"));
        cases.add(bad("-o: ", "-o", "{dir}"));
        // two options naming one file: one would overwrite the other (every case runs with -save,
        // -o {dir}/out.h5 and --timing-log {dir}/timing.csv)
        cases.add(bad("-save: the frame {dir}/scatter_3.vtk is the -o file too; give -o another name",
                "-o", "{dir}/scatter_3.vtk"));
        cases.add(bad("--timing-log: {dir}/out.h5 is the -o file too; give it another name",
                "--timing-log", "{dir}/out.h5"));
        cases.add(bad("--timing-log: {dir}/timing.csv is the --far-field file too", "--far-field",
                "{dir}/timing.csv"));
        cases.add(bad("--timing-log: directory", "--timing-log", "{dir}/missing/t.csv"));
        cases.add(bad("--timing-log: cannot write into directory /proc", "--timing-log", "/proc/t.csv"));
        // options
        cases.add(bad("Unknown option", "--bogus"));
        cases.add(bad("Unknown option", "-bogus", "3"));
        cases.add(bad("Missing required parameter", "-nx"));
        cases.add(bad("Unmatched argument", "extra.h5"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oneLineNamingTheOptionExit2AndNothingWritten(String name, Map<String, String> env, String expected,
            String[] args) throws Exception {
        List<String> all = new ArrayList<>(List.of("-nx", "8", "-ny", "8", "-nc", "32", "-save",
                "-o", dir.resolve("out.h5").toString(), "--timing-log", dir.resolve("timing.csv").toString()));
        for (String a : args) {
            all.add(a.replace("{dir}", dir.toString()));
        }
        CommandRun r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> CommandRun.run(env, all.toArray(String[]::new)));
        assertEquals(2, r.exit(), r.allErr());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("", r.log(), "a refusal is one line, with no log line before it");
        assertTrue(r.err().startsWith("scatter: "), r.err());
        assertTrue(r.err().contains(expected.replace("{dir}", dir.toString())), "expected '" + expected + "' in " + r.err());
        assertFalse(r.hasStackTrace(), r.allErr());
        assertEquals("", r.out());
        assertEquals(List.of(), TestFiles.names(dir), "files left behind");
        assertFalse(Files.exists(Path.of("/proc/out.h5")));
    }
}
