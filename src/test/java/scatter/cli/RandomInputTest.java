package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.TestFiles;

/**
 * Several hundred random command lines, valid and not, with malformed expressions among them and
 * both models (fixed seed, tiny grids so the whole run takes seconds). Every run must end in exit 0 or 2,
 * never print a stack trace, and a run that fails must leave no file behind.
 */
class RandomInputTest {
    private static final long SEED = 20240607L;
    private static final int RUNS = 400;

    @TempDir
    Path dir;

    private static final String[] NUMBERS = {
        "1", "2", "3", "8", "0", "-1", "abc", "NaN", "Infinity", "-Infinity", "1.5", "1e3", "", " ", "0x10",
        "99999999999", "2147483647", "-0", "+4", "1,2",
    };
    private static final String[] WAVELENGTHS = {
        "0.5", "0.3", "2", "1e-3", "0", "-1", "NaN", "Infinity", "abc", "1e-300", "1e300", "4.9e-324", "",
    };
    private static final String[] SHAPES = {
        "cos(2*pi*t)", "sin(2*pi*t)", "-sin(2*pi*t)", "(1+0.3*cos(6*pi*t))*cos(2*pi*t)",
        "(1+0.3*cos(6*pi*t))*sin(2*pi*t)", "cos(2*pi*t + 0.5*sin(2*pi*t + 0.9))", "2*cos(2*pi*t)+1e-3",
        "sin(4*pi*t)", "cos(4*pi*t)", "t", "0", "1/t", "log(t)", "sqrt(t-0.5)", "abs(4*t-2)-1",
        "abs(2-abs(4*t-1))-1", "1e200*cos(2*pi*t)", "cos(2*pi*t)**3", "tan(pi*t)",
    };
    /** Pieces of which random, mostly malformed, expressions are made. */
    private static final String[] TOKENS = {
        "t", "pi", "e", "2", "0.5", "1e308", "*", "**", "^", "+", "-", "/", "(", ")", "sin(", "cos(", "sqrt(",
        "log(", "abs(", "arctan(", "x", "import", "os", ",", " ", "[", "'", "\"", ";", "$(", "`", "\\", "..",
        "1/0", "%", "#", "=", "__", "lambda:", "\u00e9",
    };
    private static final String[] THREADS = {"1", "2", "3", "0", "-1", "abc", "4,abc", "4,2", "100000", ""};
    private static final String[] ANGLES = {"0", "30", "-90", "135", "720", "1e10", "NaN", "abc", "Infinity"};
    private static final String[] INSIDE = {"winding", "cross", "WINDING", "ray", ""};

    @Test
    void everyRunEndsInExit0Or2WithoutAStackTraceAndFailuresWriteNothing() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Random random = new Random(SEED);
            int ok = 0;
            for (int run = 0; run < RUNS; run++) {
                Path work = Files.createDirectory(dir.resolve("run" + run));
                List<String> args = randomArguments(random, work);
                Map<String, String> env = new HashMap<>();
                if (random.nextInt(8) == 0) {
                    env.put("OMP_NUM_THREADS", pick(random, THREADS));
                }
                String shown = String.join(" ", args) + " " + env;
                CommandRun r = CommandRun.run(env, args.toArray(String[]::new));
                assertTrue(r.exit() == 0 || r.exit() == 2, "exit " + r.exit() + " for " + shown + "\n" + r.allErr());
                assertFalse(r.hasStackTrace(), shown + "\n" + r.allErr());
                if (r.exit() == 2) {
                    assertEquals(1, r.err().lines().count(), shown + "\n" + r.err());
                    assertTrue(r.err().startsWith("scatter: "), shown + "\n" + r.err());
                    assertEquals(List.of(), TestFiles.names(work), "files left by " + shown);
                } else {
                    ok++;
                    for (String name : TestFiles.names(work)) {
                        assertFalse(name.startsWith("."), "temporary file " + name + " left by " + shown);
                    }
                }
                TestFiles.deleteTree(work);
            }
            // the mix must exercise both outcomes substantially
            assertTrue(ok > RUNS / 10 && ok < RUNS * 9 / 10, ok + " of " + RUNS + " runs succeeded");
        });
    }

    private static List<String> randomArguments(Random random, Path work) {
        List<String> args = new ArrayList<>();
        // tiny valid sizes first, so that a run that gets through costs milliseconds
        args.addAll(List.of("-nx", String.valueOf(1 + random.nextInt(12)), "-ny", String.valueOf(1 + random.nextInt(12)),
                "-nc", String.valueOf(3 + random.nextInt(60))));
        if (random.nextInt(6) == 0) {
            args.addAll(List.of(pick(random, "-nx", "-ny", "-nc", "--nx"), pick(random, NUMBERS)));
        }
        if (random.nextInt(6) == 0) {
            args.addAll(List.of(pick(random, "-lambda", "--lambda"), pick(random, WAVELENGTHS)));
        }
        switch (random.nextInt(6)) {
            case 0 -> args.addAll(List.of("-xc", SHAPES[3], "-yc", SHAPES[4]));
            case 1 -> args.addAll(List.of("-xc", SHAPES[0], "-yc", SHAPES[2]));
            case 2 -> args.addAll(List.of(pick(random, "-xc", "-yc"), pick(random, SHAPES)));
            case 3 -> args.addAll(List.of(pick(random, "-xc", "-yc"), randomExpression(random)));
            default -> { }
        }
        if (random.nextInt(8) == 0) {
            args.addAll(List.of("--threads", pick(random, THREADS)));
        }
        if (random.nextInt(5) == 0) {
            args.addAll(List.of(pick(random, "-angle", "--angle"), pick(random, ANGLES)));
        }
        if (random.nextInt(5) == 0) {
            args.addAll(List.of("--inside-test", pick(random, INSIDE)));
        }
        switch (random.nextInt(8)) {
            case 0 -> args.add("--no-output");
            case 1 -> args.addAll(List.of("-o", work.resolve("out.vtk").toString()));
            case 2 -> args.addAll(List.of("-o", work.resolve(pick(random, "out.txt", "missing/out.h5", "out")).toString()));
            default -> args.addAll(List.of("-o", work.resolve("out.h5").toString()));
        }
        if (random.nextInt(10) == 0) {
            args.add("-save");
        }
        if (random.nextInt(6) == 0) {
            args.addAll(List.of("--timing-log", work.resolve(pick(random, "t.csv", "no/t.csv")).toString()));
        }
        if (random.nextInt(20) == 0) {
            args.add(pick(random, "--bogus", "-x", "stray", "-checksum", "-q"));
        }
        if (random.nextInt(12) == 0) {
            // the exact model: few points, so that a run that gets through costs a fraction of a second
            args.addAll(List.of("--model", pick(random, "exact", "EXACT", "kirchhoff", "wave", "")));
            args.addAll(List.of("--points", pick(random, "8", "16", "32", "0", "100", "-8", "abc", "8192")));
            if (random.nextBoolean()) {
                args.addAll(List.of("--bc", pick(random, "soft", "hard", "wet")));
            }
            if (random.nextBoolean()) {
                args.addAll(List.of("--tol", pick(random, "1e-6", "1e-15", "0.5", "NaN", "x")));
            }
        }
        if (random.nextInt(8) == 0) {
            args.addAll(List.of("--far-field", work.resolve(pick(random, "ff.csv", "ff.png", "ff.h5", "ff.txt",
                    "no/ff.csv", "out.h5")).toString()));
        }
        if (random.nextInt(10) == 0) {
            args.addAll(List.of("--angles", pick(random, "360", "7", "1", "0", "-3", "abc", "100001", "")));
        }
        return args;
    }

    /** One to eight tokens, or a valid shape with one token inserted at a random place. */
    private static String randomExpression(Random random) {
        StringBuilder b = new StringBuilder();
        if (random.nextBoolean()) {
            b.append(pick(random, SHAPES));
            b.insert(random.nextInt(b.length() + 1), pick(random, TOKENS));
        } else {
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                b.append(pick(random, TOKENS));
            }
        }
        return b.toString();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
