package scatter.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * One in-process run of the scatter command: its exit code, what it printed on stdout and stderr,
 * and what the log (slf4j-simple, on System.err) printed meanwhile.
 */
record CommandRun(int exit, String out, String err, String log) {
    /** Runs the command with {@code env} as its environment, after {@code setup} on the command. */
    static CommandRun run(Map<String, String> env, Consumer<ScatterCommand> setup, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int exit;
        synchronized (CommandRun.class) {
            PrintStream systemErr = System.err;
            // before the CommandLine is made: picocli puts back the System.err it saw then
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            try {
                ScatterCommand command = new ScatterCommand(env);
                setup.accept(command);
                CommandLine cl = scatter.Main.commandLine(command);
                cl.setOut(new PrintWriter(out, true));
                cl.setErr(new PrintWriter(err, true));
                exit = cl.execute(args);
            } finally {
                System.setErr(systemErr);
            }
        }
        return new CommandRun(exit, out.toString(), err.toString(), log.toString(StandardCharsets.UTF_8));
    }

    static CommandRun run(Map<String, String> env, String... args) {
        return run(env, command -> { }, args);
    }

    /** The arguments {@code first} followed by {@code more}. */
    static String[] args(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** {@code scatter merge} of the part files, with {@code more} options after them. */
    static CommandRun merge(List<Path> parts, String... more) {
        List<String> all = new ArrayList<>(List.of("merge"));
        parts.forEach(p -> all.add(p.toString()));
        all.addAll(List.of(more));
        return run(Map.of(), all.toArray(String[]::new));
    }

    /**
     * Runs {@code problem} as {@code count} parts (p0.h5, p1.h5, ... in {@code dir}), each of which must
     * succeed, and merges them into merged.h5 with -checksum: the merge's run.
     */
    static CommandRun splitAndMerge(Path dir, String[] problem, int count) {
        List<Path> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path part = dir.resolve("p" + i + ".h5");
            CommandRun r = run(Map.of(), args(problem, "--part", i + "/" + count, "-o", part.toString()));
            org.junit.jupiter.api.Assertions.assertEquals(0, r.exit(), r.allErr());
            parts.add(part);
        }
        return merge(parts, "-o", dir.resolve("merged.h5").toString(), "-checksum");
    }

    /** Everything printed on stderr: the command's messages and the log. */
    String allErr() {
        return err + log;
    }

    /** Whether anything on stderr looks like a stack trace. */
    boolean hasStackTrace() {
        String all = allErr();
        return all.contains("\tat ") || all.contains("Exception") || all.contains("Caused by");
    }
}
