package scatter.cli;

import java.util.Map;

/**
 * How many worker threads to use, and where that number came from: {@code --threads} if given,
 * else {@code OMP_NUM_THREADS} (as the lesson's job scripts set it; an OpenMP list such as
 * {@code 4,2} means 4 at the outer level), else {@code SLURM_CPUS_PER_TASK}, else the number of
 * processors available to the JVM.
 *
 * @param threads the number of threads, at least 1
 * @param source where it came from, e.g. "OMP_NUM_THREADS=4"
 */
record ThreadCount(int threads, String source) {
    /** More threads than this is surely a typo (a Mahuika node has 72 hardware threads). */
    public static final int MAX_THREADS = 1024;

    /**
     * Resolves the thread count.
     *
     * @param option the value of --threads, or null
     * @param env the environment (System.getenv() in production)
     * @param processors the number of available processors
     * @throws UsageException if the value that applies is not a positive integer up to MAX_THREADS
     */
    public static ThreadCount resolve(String option, Map<String, String> env, int processors) {
        if (option != null) {
            return new ThreadCount(parse("--threads", option, option), "--threads");
        }
        String omp = env.get("OMP_NUM_THREADS");
        if (omp != null && !omp.isBlank()) {
            String[] levels = omp.split(",", -1);
            for (String level : levels) {
                parse("OMP_NUM_THREADS", omp, level);
            }
            return new ThreadCount(parse("OMP_NUM_THREADS", omp, levels[0]), "OMP_NUM_THREADS=" + omp.trim());
        }
        String slurm = env.get("SLURM_CPUS_PER_TASK");
        if (slurm != null && !slurm.isBlank()) {
            return new ThreadCount(parse("SLURM_CPUS_PER_TASK", slurm, slurm), "SLURM_CPUS_PER_TASK=" + slurm.trim());
        }
        return new ThreadCount(processors, "available processors");
    }

    private static int parse(String name, String whole, String value) {
        String v = value.trim();
        long n;
        try {
            n = v.matches("\\+?[0-9]{1,12}") ? Long.parseLong(v) : -1;
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MAX_THREADS) {
            throw new UsageException(name + ": the number of threads must be an integer from 1 to " + MAX_THREADS
                    + ", not '" + whole + "'");
        }
        return (int) n;
    }
}
