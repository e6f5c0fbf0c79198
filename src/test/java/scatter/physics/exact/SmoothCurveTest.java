package scatter.physics.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scatter.physics.PlaneWave;
import scatter.physics.exact.curve.SmoothCurve;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.BoundarySolver;
import scatter.physics.exact.system.Resolution;
import scatter.physics.exact.system.RowRunner;

/** The smooth curve's sampling, measures and orientation. */
class SmoothCurveTest {
    @Test
    void measuresAnEllipse() {
        SmoothCurve ellipse = SmoothCurve.of(t -> 1.5 * Math.cos(2 * Math.PI * t), t -> 0.6 * Math.sin(2 * Math.PI * t));
        assertEquals(SmoothCurve.MIN_SAMPLES, ellipse.samples());
        assertFalse(ellipse.reversed());
        assertEquals(3.0, ellipse.size(), 1e-12);
        assertEquals(-1.5, ellipse.minX(), 1e-12);
        assertEquals(0.6, ellipse.maxY(), 1e-12);
        // 4 a E(1 - b^2/a^2), mpmath
        assertEquals(6.90393377869945298873941795703, ellipse.perimeter(), 1e-13);
        assertEquals(1.5, ellipse.maxSpeed(), 1e-12);   // |dz/ds|, s = 2 pi t
    }

    @Test
    void givesTheExpressionsOwnPointsUpToTwiceTheLargestDiscretisation() {
        // the error estimate of a 4096-point solution checks it against the system on 8192 points
        java.util.function.DoubleUnaryOperator x = t -> Math.cos(2 * Math.PI * t + 0.5 * Math.sin(2 * Math.PI * t + 0.9));
        java.util.function.DoubleUnaryOperator y = t -> Math.sin(2 * Math.PI * t);
        SmoothCurve curve = SmoothCurve.of(x, y);
        int count = 2 * BoundarySolver.MAX_POINTS;
        double[][] z = curve.points(count);
        for (int j = 0; j < count; j += 7) {
            assertEquals(x.applyAsDouble((double) j / count), z[0][j], 0.0, "x at j = " + j);
            assertEquals(y.applyAsDouble((double) j / count), z[1][j], 0.0, "y at j = " + j);
        }
    }

    @Test
    void samplesUntilTheSpectrumHasDecayed() {
        // r = e^{2.5 cos s} has coefficients I_m(2.5): at m = 17 still 4e-14 of the largest, so
        // 64 samples (top half m > 16) are not enough and 128 are
        SmoothCurve wobbly = SmoothCurve.of(t -> Math.exp(2.5 * Math.cos(2 * Math.PI * t)) * Math.cos(2 * Math.PI * t),
                t -> Math.exp(2.5 * Math.cos(2 * Math.PI * t)) * Math.sin(2 * Math.PI * t));
        assertEquals(2 * SmoothCurve.MIN_SAMPLES, wobbly.samples());
    }

    @Test
    void ripplesAreResolvedWhateverTheirCountAgainstTheSamples() {
        // (1 + a cos(2 pi R t)) e^{2 pi i t}: modes 1, 1 - R, 1 + R. Counts about every power of two
        // (where M samples alias them onto modes near 0: R = M +- 1 onto +-1 with q = 1, R = 2M onto
        // 1 with q = 2, which the midpoints cannot see) and between; some clockwise too
        java.util.Set<Integer> counts = new java.util.TreeSet<>();
        for (int r = 1; r <= 70; r++) {
            counts.add(r);
        }
        for (int p = 6; p <= 12; p++) {
            for (int d = -2; d <= 2; d++) {
                counts.add((1 << p) + d);
            }
            counts.add(3 << (p - 1));
        }
        for (int r : counts) {
            for (int sense : r % 16 == 1 ? new int[] {1, -1} : new int[] {1}) {
                double a = 0.3 / r;
                SmoothCurve c = SmoothCurve.of(t -> (1 + a * Math.cos(2 * Math.PI * r * t)) * Math.cos(2 * Math.PI * t),
                        t -> sense * (1 + a * Math.cos(2 * Math.PI * r * t)) * Math.sin(2 * Math.PI * t));
                assertEquals(r + 1, c.bandwidth(), "R = " + r);
                assertEquals(sense < 0, c.reversed());
                // between the samples: the series is the curve (anticlockwise: y = +sin)
                double[] z = new double[2];
                for (int l = 0; l < 50; l++) {
                    double t = (l + 0.5 * Math.sqrt(3)) / 50;
                    c.series().value(2 * Math.PI * t, z);
                    double radius = 1 + a * Math.cos(2 * Math.PI * r * t);
                    assertEquals(radius * Math.cos(2 * Math.PI * t), z[0], 1e-13, "R = " + r);
                    assertEquals(radius * Math.sin(2 * Math.PI * t), z[1], 1e-13, "R = " + r);
                }
            }
        }
    }

    @Test
    void aClockwiseCurveIsReversedAndScattersTheSame() throws InterruptedException {
        SmoothCurve forward = SmoothCurve.of(t -> 1.5 * Math.cos(2 * Math.PI * t), t -> 0.6 * Math.sin(2 * Math.PI * t));
        SmoothCurve backward = SmoothCurve.of(t -> 1.5 * Math.cos(2 * Math.PI * (1 - t)),
                t -> 0.6 * Math.sin(2 * Math.PI * (1 - t)));
        assertTrue(backward.reversed());
        PlaneWave wave = new PlaneWave(0.5, Math.toRadians(30));
        for (BoundaryCondition bc : BoundaryCondition.values()) {
            FarFieldPattern a = ExactModel.solve(wave, forward, bc, Resolution.defaults(), RowRunner.serial()).farField(12);
            FarFieldPattern b = ExactModel.solve(wave, backward, bc, Resolution.defaults(), RowRunner.serial()).farField(12);
            for (int l = 0; l < 12; l++) {
                assertEquals(a.re()[l], b.re()[l], 1e-13);
                assertEquals(a.im()[l], b.im()[l], 1e-13);
            }
        }
    }
}
