package scatter.physics.exact.system.rcip;

import java.util.Arrays;
import scatter.linalg.ParallelRows;
import scatter.physics.Hankel;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.CornerSolution;
import scatter.physics.exact.system.IncidentData;

/**
 * RCIP's panels against Kress's graded mesh on the same polygon, side by side in one process, on
 * the calling thread: each solve's wall time (median of ROUNDS, after one warm-up round) and its
 * error against a line source inside (u_s = -Phi(x, x0) exactly; largest error at four points 1 to 4
 * sizes away over max |u_s| there). docs/exact.md, "Corners", quotes its output.
 *
 * <pre>
 *   java -cp target/bench/benchmarks.jar scatter.physics.exact.system.rcip.RcipVsGraded [ROUNDS] [curved]
 * </pre>
 * With {@code curved}: the teardrop and the half-disc from their expressions (curved sides) instead
 * of the square and the L-shape.
 */
public final class RcipVsGraded {
    private static final double K = 2 * Math.PI / 0.5;
    private static final double[][] POINTS = {{5, 0.2}, {-3.5, 2.7}, {0.3, -4}, {3.9, 3.9}};

    private RcipVsGraded() {
    }

    public static void main(String[] args) throws InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        if (args.length > 1 && args[1].equals("curved")) {
            curved(rounds);
            return;
        }
        double[][][] shapes = {
            {{-1, 1, 1, -1}, {-1, -1, 1, 1}, {0.1, 0.05}},
            {{0, 2, 2, 1, 1, 0}, {0, 0, 1, 1, 2, 2}, {0.3, 0.25}},
        };
        String[] names = {"square", "L-shape"};
        for (int s = 0; s < shapes.length; s++) {
            PolygonBoundary polygon = PolygonBoundary.of(shapes[s][0], shapes[s][1]);
            double x0 = shapes[s][2][0];
            double y0 = shapes[s][2][1];
            IncidentData source = source(x0, y0);
            for (BoundaryCondition bc : BoundaryCondition.values()) {
                for (int perSide : new int[] {128, 256, 512}) {
                    if (bc == BoundaryCondition.HARD && perSide > 256) {
                        continue;
                    }
                    double[] t = new double[rounds];
                    double error = 0;
                    int unknowns = 0;
                    for (int r = -1; r < rounds; r++) {
                        long start = System.nanoTime();
                        CornerSolution g = CornerSolution.solve(polygon, perSide, K, source, bc);
                        long nanos = System.nanoTime() - start;
                        if (r >= 0) {
                            t[r] = nanos * 1e-9;
                        }
                        error = error(g::field, x0, y0);
                        unknowns = g.points();
                    }
                    print(names[s], bc, "graded, " + perSide + " per side", unknowns, t, error);
                }
                for (double h : new double[] {0.5, 0.25}) {
                    int levels = bc == BoundaryCondition.SOFT ? 30 : 55;
                    double[] t = new double[rounds];
                    double error = 0;
                    int unknowns = 0;
                    for (int r = -1; r < rounds; r++) {
                        long start = System.nanoTime();
                        PanelSolution p = RcipSolver.compressed(polygon, h, levels, K, bc, source, ParallelRows.serial());
                        long nanos = System.nanoTime() - start;
                        if (r >= 0) {
                            t[r] = nanos * 1e-9;
                        }
                        error = error(p::field, x0, y0);
                        unknowns = p.unknowns();
                    }
                    print(names[s], bc, "RCIP, H " + h + ", " + levels + " levels", unknowns, t, error);
                }
            }
        }
    }

    /** The boundary of the expressions with the corners the smooth sampler finds, as the command line builds it. */
    private static PolygonBoundary fromExpressions(String x, String y) {
        java.util.function.DoubleUnaryOperator fx = scatter.geometry.ContourExpression.parse(x)::at;
        java.util.function.DoubleUnaryOperator fy = scatter.geometry.ContourExpression.parse(y)::at;
        try {
            scatter.physics.exact.curve.SmoothCurve.of(fx, fy);
            throw new IllegalStateException("taken as smooth");
        } catch (scatter.physics.exact.curve.CurveNotSmoothException e) {
            return PolygonBoundary.of(fx, fy, e.corners());
        }
    }

    /** The teardrop and the half-disc (curved sides), graded mesh against RCIP. */
    private static void curved(int rounds) throws InterruptedException {
        PolygonBoundary[] shapes = {
            fromExpressions("2*sin(pi*t)", "-sin(2*pi*t)"),
            fromExpressions("cos(pi*(t+0.5-abs(t-0.5)))+2*(t+0.5+abs(t-0.5))-2", "sin(pi*(t+0.5-abs(t-0.5)))"),
        };
        String[] names = {"teardrop", "half-disc"};
        double[][] sources = {{1.2, 0.1}, {0.1, 0.4}};
        int[][] perSide = {{128, 256, 512}, {64, 128, 256}};
        for (int s = 0; s < shapes.length; s++) {
            double x0 = sources[s][0];
            double y0 = sources[s][1];
            IncidentData source = source(x0, y0);
            for (BoundaryCondition bc : BoundaryCondition.values()) {
                for (int p : perSide[s]) {
                    double[] t = new double[rounds];
                    double error = 0;
                    int unknowns = 0;
                    for (int r = -1; r < rounds; r++) {
                        long start = System.nanoTime();
                        CornerSolution g = CornerSolution.solve(shapes[s], p, K, source, bc);
                        long nanos = System.nanoTime() - start;
                        if (r >= 0) {
                            t[r] = nanos * 1e-9;
                        }
                        error = error(g::field, x0, y0);
                        unknowns = g.points();
                    }
                    print(names[s], bc, "graded, " + p + " per side", unknowns, t, error);
                }
                for (double h : new double[] {0.5, 0.25}) {
                    int levels = bc == BoundaryCondition.SOFT ? 30 : 55;
                    double[] t = new double[rounds];
                    double error = 0;
                    int unknowns = 0;
                    for (int r = -1; r < rounds; r++) {
                        long start = System.nanoTime();
                        PanelSolution p = RcipSolver.compressed(shapes[s], h, levels, K, bc, source, ParallelRows.serial());
                        long nanos = System.nanoTime() - start;
                        if (r >= 0) {
                            t[r] = nanos * 1e-9;
                        }
                        error = error(p::field, x0, y0);
                        unknowns = p.unknowns();
                    }
                    print(names[s], bc, "RCIP, H " + h + ", " + levels + " levels", unknowns, t, error);
                }
            }
        }
    }

    private interface FieldAt {
        double[] at(double x, double y) throws InterruptedException;
    }

    private static double error(FieldAt u, double x0, double y0) throws InterruptedException {
        double worst = 0;
        double scale = 0;
        for (double[] q : POINTS) {
            double[] v = u.at(q[0], q[1]);
            double[] b = Hankel.h01(K * Math.hypot(q[0] - x0, q[1] - y0));
            double er = -0.25 * b[1];
            double ei = 0.25 * b[0];
            worst = Math.max(worst, Math.hypot(v[0] + er, v[1] + ei));
            scale = Math.max(scale, Math.hypot(er, ei));
        }
        return worst / scale;
    }

    private static void print(String shape, BoundaryCondition bc, String method, int unknowns, double[] t, double error) {
        double[] sorted = t.clone();
        Arrays.sort(sorted);
        System.out.printf("%-8s %-5s %-28s %5d unknowns  %7.3f s  error %.1e%n", shape, bc, method, unknowns,
                sorted[sorted.length / 2], error);
    }

    /** u_inc = Phi(x, x0) = (i/4) H0(k r) and its normal derivative -(ik/4) H1(k r) (x - x0).nu/r. */
    private static IncidentData source(double x0, double y0) {
        return (x, y, nx, ny, out) -> {
            double rx = x - x0;
            double ry = y - y0;
            double r = Math.hypot(rx, ry);
            double[] b = Hankel.h01(K * r);
            double c = (rx * nx + ry * ny) / r;
            out[0] = -0.25 * b[1];
            out[1] = 0.25 * b[0];
            out[2] = 0.25 * K * b[3] * c;
            out[3] = -0.25 * K * b[2] * c;
        };
    }
}
