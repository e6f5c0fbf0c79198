package scatter.cli;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scatter.geometry.RowBand;

/**
 * Which part I of N of a split run this process computes, and where that came from: {@code --part
 * I/N} if given; else, inside a Slurm job array (unless {@code --whole}), the array task's place in
 * the array: I = (SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN) / SLURM_ARRAY_TASK_STEP and
 * N = SLURM_ARRAY_TASK_COUNT (or, without it, from MIN, MAX and STEP), so that
 * {@code sbatch --array=0-7} makes parts 0 to 7 of 8; else no part: the whole grid.
 *
 * @param index I, 0 &lt;= I &lt; N
 * @param count N
 * @param source where it came from, e.g. "--part 2/8" or "SLURM_ARRAY_TASK_ID=2, SLURM_ARRAY_TASK_COUNT=8"
 */
record Part(int index, int count, String source) {
    private static final Pattern I_OF_N = Pattern.compile("\\s*\\+?([0-9]{1,9})\\s*/\\s*\\+?([0-9]{1,9})\\s*");

    /**
     * The part to compute, or empty for the whole grid.
     *
     * @param option the value of --part, or null
     * @param whole true if --whole was given: the whole grid even inside a job array
     * @param env the environment (System.getenv() in production)
     * @throws UsageException naming the option or variable if its value is not a valid part
     */
    public static Optional<Part> resolve(String option, boolean whole, Map<String, String> env) {
        if (option != null && whole) {
            throw new UsageException("--whole: cannot be combined with --part; give one of them");
        }
        if (option != null) {
            return Optional.of(parse(option));
        }
        String id = env.get("SLURM_ARRAY_TASK_ID");
        if (whole || id == null || id.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(fromArray(env));
    }

    /**
     * The band of rows this part computes of a grid with ny + 1 rows.
     *
     * @throws UsageException naming the option or variable if the grid has fewer rows than there are parts
     */
    public RowBand band(int ny) {
        int rows = ny + 1;
        if (count > rows) {
            throw new UsageException((source.startsWith("--part") ? "--part" : "SLURM_ARRAY_TASK_COUNT")
                    + ": a grid of " + rows + " rows of nodes (-ny " + ny + ") splits into at most " + rows
                    + " parts, not " + count + "; use fewer parts or a larger -ny");
        }
        return RowBand.of(rows, index, count);
    }

    /** Parses "I/N". */
    static Part parse(String text) {
        Matcher m = I_OF_N.matcher(text);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            int n = Integer.parseInt(m.group(2));
            if (i < n) {
                return new Part(i, n, "--part " + i + "/" + n);
            }
        }
        throw new UsageException("--part: give I/N, part I of N counted from 0 (e.g. 0/4, 1/4, 2/4, 3/4), not '"
                + text + "'");
    }

    /** The part of this task of a Slurm job array. */
    private static Part fromArray(Map<String, String> env) {
        long id = number(env, "SLURM_ARRAY_TASK_ID", null);
        long min = number(env, "SLURM_ARRAY_TASK_MIN", 0L);
        long step = number(env, "SLURM_ARRAY_TASK_STEP", 1L);
        Long max = env.containsKey("SLURM_ARRAY_TASK_MAX") ? number(env, "SLURM_ARRAY_TASK_MAX", null) : null;
        Long count = env.containsKey("SLURM_ARRAY_TASK_COUNT") ? number(env, "SLURM_ARRAY_TASK_COUNT", null) : null;
        if (max == null && count == null) {
            throw new UsageException("SLURM_ARRAY_TASK_ID: set, but neither SLURM_ARRAY_TASK_COUNT nor "
                    + "SLURM_ARRAY_TASK_MAX is; give --part I/N (or --whole for the whole grid)");
        }
        long fromRange = max == null ? -1 : (max - min) / Math.max(step, 1) + 1;
        long n = count != null ? count : fromRange;
        long offset = id - min;
        // a list of ids such as --array=0,3,5 has no place I for each task: refuse, don't guess
        boolean regular = step >= 1 && offset >= 0 && offset % step == 0 && offset / step < n
                && (max == null || (fromRange == n && (max - min) % step == 0));
        if (!regular || n < 1 || n > Integer.MAX_VALUE) {
            throw new UsageException("SLURM_ARRAY_TASK_ID: task " + id + " of an array that is not a plain range ("
                    + "ids " + min + (max == null ? "" : "-" + max) + (step == 1 ? "" : ":" + step) + ", "
                    + (count == null ? "?" : count) + " tasks); submit with --array=0-" + (n > 0 ? n - 1 : "N-1")
                    + ", or give --part I/N, or --whole for the whole grid");
        }
        String source = "SLURM_ARRAY_TASK_ID=" + id
                + (min == 0 ? "" : ", SLURM_ARRAY_TASK_MIN=" + min)
                + (step == 1 ? "" : ", SLURM_ARRAY_TASK_STEP=" + step)
                + (count != null ? ", SLURM_ARRAY_TASK_COUNT=" + count : ", SLURM_ARRAY_TASK_MAX=" + max);
        return new Part((int) (offset / step), (int) n, source);
    }

    private static long number(Map<String, String> env, String name, Long fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            if (fallback != null) {
                return fallback;
            }
            throw new UsageException(name + ": not set");
        }
        if (!v.trim().matches("[0-9]{1,9}")) {
            throw new UsageException(name + ": expected a whole number, not '" + v + "'");
        }
        return Long.parseLong(v.trim());
    }
}
