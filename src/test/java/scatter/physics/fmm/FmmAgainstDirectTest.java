package scatter.physics.fmm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scatter.geometry.Grid;
import scatter.physics.SourceSum;
import scatter.physics.SourceTerms;

/** Sanity of the whole evaluation against the direct sum on random sources along a star. */
class FmmAgainstDirectTest {
    static SourceTerms star(int n, long seed) {
        Random r = new Random(seed);
        double[][] a = new double[8][n];
        for (int j = 0; j < n; j++) {
            double t = 2 * Math.PI * (j + 0.5) / n;
            double rad = 1 + 0.3 * Math.cos(3 * t);
            a[0][j] = rad * Math.cos(t);
            a[1][j] = rad * Math.sin(t);
            double phi = r.nextDouble() * 2 * Math.PI;
            a[2][j] = Math.cos(phi);
            a[3][j] = Math.sin(phi);
            for (int c = 4; c < 8; c++) {
                a[c][j] = r.nextGaussian();
            }
        }
        return new SourceTerms(n, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
    }

    @ParameterizedTest
    @CsvSource({"0.5, 1e-6", "0.5, 1e-9", "0.5, 1e-12", "0.05, 1e-12", "20, 1e-12", "0.02, 1e-9"})
    void matchesTheDirectSum(double wavelength, double tol) throws InterruptedException {
        SourceTerms src = star(1000, 1);
        Grid grid = new Grid(200, 180, -2.5, 2.7, -2.2, 2.4);
        double k = 2 * Math.PI / wavelength;
        byte[] sums = new byte[grid.nodes()]; // every node left to sum 0
        double[] re = new double[grid.nodes()];
        double[] im = new double[grid.nodes()];
        long t0 = System.nanoTime();
        FmmPlan plan = new FmmPlan(src, grid, k, tol);
        plan.evaluation(sums, (byte) 0, re, im).runAll();
        long t1 = System.nanoTime();
        SourceSum sum = new SourceSum(k);
        double[] v = new double[2];
        double maxErr = 0;
        double maxU = 0;
        for (int node = 0; node < grid.nodes(); node += 7) {
            sum.at(src, grid.xOf(node), grid.yOf(node), v);
            maxU = Math.max(maxU, Math.hypot(v[0], v[1]));
            maxErr = Math.max(maxErr, Math.hypot(v[0] - re[node], v[1] - im[node]));
        }
        StringBuilder orders = new StringBuilder();
        for (int l = 2; l <= plan.levels(); l++) {
            orders.append(plan.order(l)).append(plan.fourierAt(l) ? "F " : " ");
        }
        System.out.printf("lambda %s tol %s: rel err %.3e, levels %d tile %dx%d orders %s fmm %.0f ms%n", wavelength,
                tol, maxErr / maxU, plan.levels(), plan.tileX(), plan.tileY(), orders, (t1 - t0) / 1e6);
        assertTrue(maxErr <= 10 * tol * maxU, "error " + maxErr / maxU);
    }
}
