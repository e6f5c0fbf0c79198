package scatter.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import scatter.physics.Hankel;

/**
 * Helper for src/test/scripts/hankel_accuracy.py (not a benchmark; built with them so that the
 * tests stay free of programs with a main): reads arguments, one per line, from the file
 * args[0], evaluates them with {@link Hankel#evaluate} in blocks of 1024 and writes
 * "x,J0,Y0,J1,Y1" lines to args[1]. {@link Double#toString} round-trips, so no digit is lost.
 */
public final class HankelAccuracyMain {

    private HankelAccuracyMain() {
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.US_ASCII);
        int n = lines.size();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Double.parseDouble(lines.get(i).trim());
        }
        double[] j0 = new double[n];
        double[] y0 = new double[n];
        double[] j1 = new double[n];
        double[] y1 = new double[n];
        int block = 1024;
        double[] bx = new double[block];
        double[] b0 = new double[block];
        double[] b1 = new double[block];
        double[] b2 = new double[block];
        double[] b3 = new double[block];
        for (int start = 0; start < n; start += block) {
            int m = Math.min(block, n - start);
            System.arraycopy(x, start, bx, 0, m);
            Hankel.evaluate(bx, m, b0, b1, b2, b3);
            System.arraycopy(b0, 0, j0, start, m);
            System.arraycopy(b1, 0, y0, start, m);
            System.arraycopy(b2, 0, j1, start, m);
            System.arraycopy(b3, 0, y1, start, m);
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.US_ASCII))) {
            for (int i = 0; i < n; i++) {
                double[] single = Hankel.h01(x[i]);
                if (Double.compare(single[0], j0[i]) != 0 || Double.compare(single[1], y0[i]) != 0
                        || Double.compare(single[2], j1[i]) != 0 || Double.compare(single[3], y1[i]) != 0) {
                    throw new IllegalStateException("h01 and evaluate differ at x=" + x[i]);
                }
                w.println(x[i] + "," + j0[i] + "," + y0[i] + "," + j1[i] + "," + y1[i]);
            }
        }
    }
}
