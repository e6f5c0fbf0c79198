package scatter.bench;

import java.util.Arrays;
import scatter.physics.PreparedProblem;
import scatter.physics.fmm.FmmEvaluation;
import scatter.physics.fmm.FmmPlan;
import scatter.solve.Problem;

/**
 * The fast multipole evaluation's phases timed one by one on one thread, every node wanted, for
 * the Kirchhoff model on the default obstacle (docs/performance.md, "Fast multipole evaluation"):
 *
 * <pre>
 *   java -cp target/bench/benchmarks.jar scatter.bench.FmmPhases [CELLS [NC [LAMBDA [TOL]]]]
 * </pre>
 * (defaults 4096, 8192, 0.5, 1e-12). Two rounds: the first includes the JIT's compilation.
 */
public final class FmmPhases {
    private FmmPhases() {
    }

    public static void main(String[] args) throws InterruptedException {
        int cells = args.length > 0 ? Integer.parseInt(args[0]) : 4096;
        int nc = args.length > 1 ? Integer.parseInt(args[1]) : 8192;
        double lambda = args.length > 2 ? Double.parseDouble(args[2]) : 0.5;
        double tol = args.length > 3 ? Double.parseDouble(args[3]) : 1e-12;
        PreparedProblem p = new Problem(lambda, cells, cells, nc, Problem.DEFAULT_XC, Problem.DEFAULT_YC).prepare();
        for (int round = 1; round <= 2; round++) {
            long t0 = System.nanoTime();
            FmmPlan plan = new FmmPlan(p.sources(), p.grid(), p.wave().k(), tol);
            System.out.printf("round %d: plan %.3f s; %d levels, tiles of %d x %d nodes; orders from level 2:", round,
                    (System.nanoTime() - t0) / 1e9, plan.levels(), plan.tileX(), plan.tileY());
            for (int l = 2; l <= plan.levels(); l++) {
                System.out.print(" " + plan.order(l) + (plan.fourierAt(l) ? " (FFT)" : ""));
            }
            System.out.println();
            boolean[] wanted = new boolean[p.grid().nodes()];
            Arrays.fill(wanted, true);
            FmmEvaluation e = plan.evaluation(wanted, new double[wanted.length], new double[wanted.length]);
            for (FmmEvaluation.Phase phase : e.phases()) {
                long a = System.nanoTime();
                phase.newWorker().run(0, phase.items());
                System.out.printf("  %-28s %7d items %8.3f s%n", phase.name(), phase.items(),
                        (System.nanoTime() - a) / 1e9);
            }
        }
    }
}
