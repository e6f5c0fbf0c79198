package scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job script {@code scatter.sl} as Slurm runs it ({@code bash scatter.sl} with the job's
 * variables), with stand-ins for {@code java} and the cluster's {@code module} command: which Java
 * it picks, what it tells the user when there is none, and the command line it gives scatter.
 */
class JobScriptTest {
    private static final Path SCRIPT = Path.of("scatter.sl").toAbsolutePath();
    private static final List<String> SIZED = List.of("-nx", "1024", "-ny", "1024", "-nc", "2048");

    @TempDir
    Path dir;
    private Path java17;
    private Path java11;
    private Path calls;
    /** The tools the script uses besides java, and no java. */
    private Path tools;

    @BeforeEach
    void stubs() throws IOException {
        tools = Files.createDirectories(dir.resolve("tools"));
        // a script that runs the real sed, not a link to it: JUnit warns when it deletes links out of its temp dir
        Path sed = tools.resolve("sed");
        Files.writeString(sed, "#!/bin/sh\nexec '" + Path.of("/bin/sed").toRealPath() + "' \"$@\"\n");
        Files.setPosixFilePermissions(sed, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(dir.resolve("submit/target"));
        Files.writeString(dir.resolve("submit/target/scatter.jar"), "not run: java is a stand-in");
        calls = dir.resolve("java-calls.txt");
        java17 = stubJava("java17", "openjdk version \"17.0.15\" 2025-04-15");
        java11 = stubJava("java11", "openjdk version \"11.0.2\" 2019-01-15");
    }

    /** A directory with a {@code java} that reports {@code version} and records its arguments. */
    private Path stubJava(String name, String version) throws IOException {
        Path bin = Files.createDirectories(dir.resolve(name));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/bash\n"
                + "if [ \"$1\" = -version ]; then echo '" + version + "' >&2; exit 0; fi\n"
                + "printf '%s\\n' \"$@\" > '" + calls + "'\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    /**
     * A {@code module} shell function, as Lmod and Environment Modules define it: {@code load
     * Java/17} puts the 17 stand-in first on the PATH; any other module fails with the module
     * system's own error.
     */
    private static String moduleFunction(Path java17) {
        return "() { if [ \"$1\" = load ] && [ \"$2\" = Java/17 ]; then PATH=" + java17 + ":$PATH; return 0; fi;"
                + " echo \"Lmod has detected the following error: The following module(s) are unknown: $2\" >&2;"
                + " return 1; }";
    }

    private record Run(int exit, String err, List<String> javaArgs) {
    }

    private Run run(Path javaOnPath, boolean withModules, Map<String, String> extraEnv, String... args)
            throws IOException, InterruptedException {
        // bash by its full path: the PATH below holds only the stand-ins and sed
        List<String> command = new ArrayList<>(List.of(Path.of("/bin/bash").toRealPath().toString(),
                SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("SLURM_") || k.startsWith("SCATTER_") || k.startsWith("BASH_FUNC_"));
        env.put("PATH", (javaOnPath == null ? "" : javaOnPath + ":") + tools);
        env.put("SLURM_SUBMIT_DIR", dir.resolve("submit").toString());
        env.put("SLURM_JOB_ID", "77");
        env.put("SLURM_CPUS_PER_TASK", "2");
        if (withModules) {
            env.put("BASH_FUNC_module%%", moduleFunction(java17));
        }
        env.putAll(extraEnv);
        Path err = dir.resolve("stderr.txt");
        pb.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Files.deleteIfExists(calls);
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "scatter.sl did not finish");
        List<String> javaArgs = Files.exists(calls) ? Files.readAllLines(calls) : List.of();
        return new Run(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8), javaArgs);
    }

    private static List<String> expectedArgs(List<String> problem, String... extra) {
        List<String> args = new ArrayList<>(List.of("-jar", "target/scatter.jar"));
        args.addAll(problem);
        args.addAll(List.of("-checksum", "--timing-log", "scatter-timings.csv", "-o", "scatter-77.h5"));
        args.addAll(List.of(extra));
        return args;
    }

    @Test
    void loadsTheJavaModuleWhenTheClusterHasIt() throws Exception {
        Run r = run(java11, true, Map.of());
        assertEquals(0, r.exit(), r.err());
        assertEquals(expectedArgs(SIZED), r.javaArgs(), "the module's java 17 runs the sized problem");
        assertEquals("", r.err());
    }

    @Test
    void usesTheJavaOnThePathWhenTheModuleIsMissingAndThatJavaIsNewEnough() throws Exception {
        Run r = run(java17, true, Map.of("SCATTER_JAVA_MODULE", "Java/17.0.2-site"));
        assertEquals(0, r.exit(), r.err());
        assertEquals(expectedArgs(SIZED), r.javaArgs());
        assertEquals("", r.err(), "the module system's error is not shown when another Java will do");
    }

    @Test
    void stopsWithOneLineSayingWhatToDoWhenThereIsNoJava17() throws Exception {
        Run r = run(java11, true, Map.of("SCATTER_JAVA_MODULE", "Java/17.0.2-site"));
        assertEquals(2, r.exit());
        assertEquals(List.of(), r.javaArgs(), "nothing ran");
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("scatter.sl: scatter needs Java 17 or newer: module load Java/17.0.2-site failed"
                + " and the java on the PATH is version 11.0.2 ("), r.err());
        assertTrue(r.err().contains("'module spider Java'") && r.err().contains("SCATTER_JAVA_MODULE=<module>"),
                r.err());
    }

    @Test
    void withoutAModuleSystemTheJavaOnThePathMustBe17OrNewer() throws Exception {
        Run old = run(java11, false, Map.of());
        assertEquals(2, old.exit());
        assertEquals(1, old.err().lines().count(), old.err());
        assertTrue(old.err().startsWith("scatter.sl: scatter needs Java 17 or newer, and the java on the PATH is"
                + " version 11.0.2"), old.err());
        Run none = run(null, false, Map.of());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("there is no java on the PATH"), none.err());
        Run ok = run(java17, false, Map.of());
        assertEquals(0, ok.exit(), ok.err());
        assertEquals(expectedArgs(SIZED), ok.javaArgs());
    }

    @Test
    void theLessonsDefaultCaseIsOneOptionAwayAndLaterOptionsOverrideTheScripts() throws Exception {
        Run lesson = run(java17, false, Map.of(), "--lesson");
        assertEquals(expectedArgs(List.of()), lesson.javaArgs());
        Run own = run(java17, false, Map.of(), "-nx", "512", "--no-output");
        assertEquals(expectedArgs(SIZED, "-nx", "512", "--no-output"), own.javaArgs(),
                "the user's options come last, so they win");
    }
}
