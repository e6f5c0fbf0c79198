package scatter.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import scatter.physics.Field;
import scatter.physics.PreparedProblem;
import scatter.physics.fmm.FmmPlan;
import scatter.solve.ChunkedPool;
import scatter.solve.Evaluation;
import scatter.solve.FieldSolver;
import scatter.solve.Model;
import scatter.solve.Problem;
import scatter.solve.StepClock;

/**
 * The fast multipole evaluation's steps timed one by one as the solver runs them on its pool, for
 * the Kirchhoff model on the default obstacle (docs/performance.md, "Fast multipole evaluation"):
 *
 * <pre>
 *   java -cp target/bench/benchmarks.jar scatter.bench.FmmPhases [CELLS [NC [THREADS [ROUNDS [LAMBDA [TOL [MODEL]]]]]]]
 * </pre>
 * (defaults 4096, 8192, "1,2", 2, 0.5, 1e-12, kirchhoff; THREADS a comma-separated list, run in turn each
 * round; MODEL "exact" for the exact model, sound-hard, whose close evaluation adds an FMM per
 * refined boundary: its steps of the same name are then added up, one row each, with the number
 * of times they ran). Per step: its wall time; each pool thread's busy time (inside its chunks) summed over the
 * threads, and of it the time the threads were on a processor (their CPU time in the chunks: below
 * the busy time when other processes took the cores); the imbalance, the busiest thread's time over
 * the mean; the idle share, the pool's time not spent in chunks (threads x wall - busy, over
 * threads x wall), which a serial step, an uneven split or a thread kept off its core makes large;
 * the process's CPU time (the JIT's and the garbage collector's threads included), its part in the
 * kernel (page faults: memory touched the first time), the collector's pauses, and the megabytes
 * allocated (the caller's and the pool threads' chunks': a young collection copies what of them is
 * still live, with every thread stopped). Then the checksum's time, which the command line adds
 * after the solve (not in its compute time). The first round includes the JIT's compilation.
 */
public final class FmmPhases {
    private FmmPhases() {
    }

    public static void main(String[] args) throws InterruptedException {
        int cells = args.length > 0 ? Integer.parseInt(args[0]) : 4096;
        int nc = args.length > 1 ? Integer.parseInt(args[1]) : 8192;
        String[] threadCounts = (args.length > 2 ? args[2] : "1,2").split(",");
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        double lambda = args.length > 4 ? Double.parseDouble(args[4]) : 0.5;
        double tol = args.length > 5 ? Double.parseDouble(args[5]) : 1e-12;
        boolean exact = args.length > 6 && args[6].equals("exact");
        Problem problem = new Problem(lambda, cells, cells, nc, Problem.DEFAULT_XC, Problem.DEFAULT_YC, 0,
                scatter.geometry.InsideTest.Kind.WINDING,
                exact ? Model.exact(scatter.physics.exact.system.BoundaryCondition.HARD) : Model.KIRCHHOFF);
        PreparedProblem p = exact ? problem.prepare(2).problem() : problem.prepare();
        System.out.printf(Locale.ROOT, "%s, %d x %d cells, nc %d, lambda %s, tol %s; %d processors, load %.2f%n",
                exact ? "exact model" : "Kirchhoff model", cells, cells, nc, lambda, tol, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        FmmPlan plan = new FmmPlan(p.sources(), p.grid(), p.wave().k(), tol);
        System.out.printf("%d levels, tiles of %d x %d nodes; orders from level 2:", plan.levels(), plan.tileX(),
                plan.tileY());
        for (int l = 2; l <= plan.levels(); l++) {
            System.out.print(" " + plan.order(l) + (plan.fourierAt(l) ? " (FFT)" : ""));
        }
        System.out.println();
        for (int round = 1; round <= rounds; round++) {
            for (String t : threadCounts) {
                int threads = Integer.parseInt(t.trim());
                Clock clock = new Clock(threads);
                long t0 = System.nanoTime();
                Field field = new FieldSolver(threads, Evaluation.fmm(tol), clock).solve(p, null);
                double solve = (System.nanoTime() - t0) / 1e9;
                clock.start("checksum");
                double sum = field.checksum();
                clock.stop();
                System.out.printf(Locale.ROOT, "round %d, %d thread%s: solve %.3f s, checksum %s%n", round, threads,
                        threads == 1 ? "" : "s", solve, sum);
                clock.print();
            }
        }
    }

    /** Times each step and each pool thread's chunks in it. */
    private static final class Clock implements StepClock {
        private static final com.sun.management.ThreadMXBean THREADS =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        private final int threads;
        private final List<Step> steps = new ArrayList<>();
        private Step current;

        Clock(int threads) {
            this.threads = threads;
        }

        private static final class Step {
            final String name;
            final long wall0 = System.nanoTime();
            final long cpu0 = processCpu();
            final long gc0 = gcMillis();
            final long sys0 = systemTicks();
            final long alloc0 = THREADS.getCurrentThreadAllocatedBytes();
            long alloc;
            long wall;
            long sys;
            long cpu;
            long gc;
            /** Busy nanoseconds per pool thread. */
            final Map<Thread, long[]> busy = new ConcurrentHashMap<>();

            Step(String name) {
                this.name = name;
            }
        }

        @Override
        public void start(String name) {
            current = new Step(name);
        }

        /** The steps, those of the same name added up into the first (its name then counts them). */
        private List<Step> merged() {
            Map<String, Step> byName = new LinkedHashMap<>();
            Map<String, Integer> times = new LinkedHashMap<>();
            for (Step s : steps) {
                times.merge(s.name, 1, Integer::sum);
                Step m = byName.get(s.name);
                if (m == null) {
                    m = new Step(s.name);
                    byName.put(s.name, m);
                }
                m.wall += s.wall;
                m.cpu += s.cpu;
                m.gc += s.gc;
                m.sys += s.sys;
                m.alloc += s.alloc;
                for (Map.Entry<Thread, long[]> e : s.busy.entrySet()) {
                    long[] b = m.busy.computeIfAbsent(e.getKey(), x -> new long[3]);
                    for (int i = 0; i < 3; i++) {
                        b[i] += e.getValue()[i];
                    }
                }
            }
            List<Step> out = new ArrayList<>();
            for (Step m : byName.values()) {
                int n = times.get(m.name);
                Step named = n == 1 ? m : new Step(m.name + " (" + n + "x)");
                if (n > 1) {
                    named.wall = m.wall;
                    named.cpu = m.cpu;
                    named.gc = m.gc;
                    named.sys = m.sys;
                    named.alloc = m.alloc;
                    named.busy.putAll(m.busy);
                }
                out.add(named);
            }
            return out;
        }

        @Override
        public void stop() {
            Step s = current;
            s.wall = System.nanoTime() - s.wall0;
            s.cpu = processCpu() - s.cpu0;
            s.gc = gcMillis() - s.gc0;
            s.sys = systemTicks() - s.sys0;
            s.alloc = THREADS.getCurrentThreadAllocatedBytes() - s.alloc0;
            steps.add(s);
        }

        @Override
        public Supplier<? extends ChunkedPool.Worker> workers(Supplier<? extends ChunkedPool.Worker> workers) {
            Step s = current;
            return () -> {
                ChunkedPool.Worker w = workers.get();
                long[] mine = s.busy.computeIfAbsent(Thread.currentThread(), x -> new long[3]);
                return (from, to) -> {
                    long a = System.nanoTime();
                    long c = THREADS.getCurrentThreadCpuTime();
                    long b = THREADS.getCurrentThreadAllocatedBytes();
                    w.run(from, to);
                    mine[0] += System.nanoTime() - a;
                    mine[1] += THREADS.getCurrentThreadCpuTime() - c;
                    mine[2] += THREADS.getCurrentThreadAllocatedBytes() - b;
                };
            };
        }

        void print() {
            System.out.printf("  %-28s %8s %8s %8s %9s %7s %8s %7s %7s %8s%n", "step", "wall s", "busy s", "on cpu",
                    "imbalance", "idle", "cpu s", "sys s", "gc s", "MB new");
            double wall = 0;
            double busyAll = 0;
            double onAll = 0;
            double cpuAll = 0;
            double gcAll = 0;
            double sysAll = 0;
            double idleAll = 0;
            for (Step s : merged()) {
                double busy = 0;
                double on = 0;
                double max = 0;
                double alloc = s.alloc / 1e6;
                for (long[] b : s.busy.values()) {
                    alloc += b[2] / 1e6;
                    busy += b[0] / 1e9;
                    on += b[1] / 1e9;
                    max = Math.max(max, b[0] / 1e9);
                }
                double w = s.wall / 1e9;
                double mean = busy / threads;
                double idle = threads * w - busy;
                System.out.printf(Locale.ROOT, "  %-28s %8.3f %8.3f %8.3f %9s %6.0f%% %8.3f %7.2f %7.3f %8.1f%n",
                        s.name, w, busy, on,
                        s.busy.isEmpty() ? "serial" : String.format(Locale.ROOT, "%.2f", max / mean),
                        100 * idle / (threads * w), s.cpu / 1e9, s.sys / 100.0, s.gc / 1e3, alloc);
                sysAll += s.sys / 100.0;
                wall += w;
                busyAll += busy;
                onAll += on;
                cpuAll += s.cpu / 1e9;
                gcAll += s.gc / 1e3;
                idleAll += idle;
            }
            System.out.printf(Locale.ROOT, "  %-28s %8.3f %8.3f %8.3f %9s %6.0f%% %8.3f %7.2f %7.3f%n", "all", wall,
                    busyAll, onAll, "", 100 * idleAll / (threads * wall), cpuAll, sysAll, gcAll);
        }

        private static long processCpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        /** The process's system (kernel) time in clock ticks of 10 ms, from /proc/self/stat; 0 where there is none. */
        private static long systemTicks() {
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[12]);
            } catch (java.io.IOException | RuntimeException e) {
                return 0;
            }
        }

        private static long gcMillis() {
            long ms = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ms += Math.max(0, gc.getCollectionTime());
            }
            return ms;
        }
    }
}
