package scatter.physics.exact.curve;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that no two smooth curves of a configuration overlap, touch or lie one inside the other,
 * on the curves themselves rather than on their nc-segment polygons (which miss a crossing or a
 * contact smaller than their segments).
 *
 * <p>For each pair whose bounding boxes come within the tolerance of each other: curve a is sampled
 * as {@link SmoothInsideTest} samples it (at least 4096 points, 16 per period of its highest mode,
 * sides below 2e-3 of its size) and every sample is tested against curve b's {@link SmoothInsideTest}
 * (which also counts points within 1e-9 of b's size of it as inside), and the other way round: all
 * of a's samples inside b means a lies inside b, some means the two overlap. If none is, the
 * smallest signed distance from curve a to curve b is found near the sample closest to b (golden
 * section over a's parameter, one sample spacing each side, each distance by Newton's method onto
 * b, {@link CurveLocator}); below {@link SmoothInsideTest#ON_BOUNDARY} times the smaller size, the
 * curves touch (or cross between two samples).
 */
public final class ObstacleSeparation {
    /** Golden-section steps: the bracket shrinks to 0.618^60 ~ 3e-13 of a sample spacing. */
    private static final int GOLDEN_STEPS = 60;

    private ObstacleSeparation() {
    }

    /**
     * @throws ObstaclesOverlapException naming the first pair (in order) that overlaps, touches or nests
     */
    public static void require(List<SmoothCurve> curves, List<SmoothInsideTest> inside) {
        int count = curves.size();
        List<double[][]> samples = new ArrayList<>();
        for (SmoothCurve c : curves) {
            samples.add(Fourier.values(c.coefficients(), 0, SmoothInsideTest.sampleCount(c)));
        }
        for (int a = 0; a < count; a++) {
            for (int b = a + 1; b < count; b++) {
                SmoothCurve ca = curves.get(a);
                SmoothCurve cb = curves.get(b);
                double tolerance = SmoothInsideTest.ON_BOUNDARY * Math.min(ca.size(), cb.size());
                if (ca.minX() > cb.maxX() + tolerance || cb.minX() > ca.maxX() + tolerance
                        || ca.minY() > cb.maxY() + tolerance || cb.minY() > ca.maxY() + tolerance) {
                    continue;
                }
                CurveLocator nearA = locator(ca, samples.get(a), samples.get(b));
                CurveLocator nearB = locator(cb, samples.get(b), samples.get(a));
                int aInB = insideCount(samples.get(a), inside.get(b), nearB, tolerance);
                int bInA = insideCount(samples.get(b), inside.get(a), nearA, tolerance);
                int aSamples = samples.get(a)[0].length;
                int bSamples = samples.get(b)[0].length;
                if (aInB == aSamples && bInA == 0) {
                    throw new ObstaclesOverlapException(ObstaclesOverlapException.Kind.INSIDE, a + 1, b + 1);
                }
                if (bInA == bSamples && aInB == 0) {
                    throw new ObstaclesOverlapException(ObstaclesOverlapException.Kind.INSIDE, b + 1, a + 1);
                }
                if (aInB > 0 || bInA > 0) {
                    throw new ObstaclesOverlapException(ObstaclesOverlapException.Kind.OVERLAP, a + 1, b + 1);
                }
                if (closest(ca, samples.get(a), nearB) < tolerance) {
                    throw new ObstaclesOverlapException(ObstaclesOverlapException.Kind.TOUCH, a + 1, b + 1);
                }
            }
        }
    }

    /**
     * Samples of one curve that are inside the other by more than the tolerance: those within it
     * of the other's boundary (which its inside test counts as inside) are a contact, found by
     * {@link #closest}.
     */
    private static int insideCount(double[][] z, SmoothInsideTest test, CurveLocator other, double tolerance) {
        double[] out = new double[7];
        double[] scratch = new double[6];
        int inside = 0;
        for (int j = 0; j < z[0].length; j++) {
            if (test.contains(z[0][j], z[1][j])
                    && !(other.locate(z[0][j], z[1][j], out, scratch) && out[6] > -tolerance)) {
                inside++;
            }
        }
        return inside;
    }

    /** A locator of curve c (sampled as z) reaching a few of the longest sides of both samplings. */
    private static CurveLocator locator(SmoothCurve c, double[][] z, double[][] other) {
        double side = Math.max(longestSide(z), longestSide(other));
        return new CurveLocator(c, z[0].length, SmoothInsideTest.NEAR_SIDES * side);
    }

    private static double longestSide(double[][] z) {
        int samples = z[0].length;
        double side = 0;
        for (int j = 0; j < samples; j++) {
            int next = (j + 1) % samples;
            side = Math.max(side, Math.hypot(z[0][next] - z[0][j], z[1][next] - z[1][j]));
        }
        return side;
    }

    /**
     * The smallest signed distance (positive outside b) from curve a to curve b near a's sample
     * nearest b; +infinity if no sample of a is within the locator's reach of b.
     */
    private static double closest(SmoothCurve a, double[][] za, CurveLocator locator) {
        double[] out = new double[7];
        double[] scratch = new double[6];
        double best = Double.POSITIVE_INFINITY;
        int bestJ = -1;
        for (int j = 0; j < za[0].length; j++) {
            if (locator.locate(za[0][j], za[1][j], out, scratch) && out[6] < best) {
                best = out[6];
                bestJ = j;
            }
        }
        if (bestJ < 0) {
            return best;
        }
        TrigSeries series = a.series();
        double h = 2 * Math.PI / za[0].length;
        double lo = h * bestJ - h;
        double hi = h * bestJ + h;
        double g = 0.5 * (Math.sqrt(5) - 1);
        double[] z = new double[2];
        double x1 = hi - g * (hi - lo);
        double x2 = lo + g * (hi - lo);
        double f1 = signedDistance(series, x1, locator, z, out, scratch);
        double f2 = signedDistance(series, x2, locator, z, out, scratch);
        for (int step = 0; step < GOLDEN_STEPS; step++) {
            if (f1 < f2) {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - g * (hi - lo);
                f1 = signedDistance(series, x1, locator, z, out, scratch);
            } else {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + g * (hi - lo);
                f2 = signedDistance(series, x2, locator, z, out, scratch);
            }
        }
        return Math.min(best, Math.min(f1, f2));
    }

    private static double signedDistance(TrigSeries a, double s, CurveLocator b, double[] z, double[] out,
            double[] scratch) {
        a.value(s, z);
        return b.locate(z[0], z[1], out, scratch) ? out[6] : Double.POSITIVE_INFINITY;
    }

    /** Points per side of a boundary with corners that the separation check samples, equispaced in u. */
    private static final int SIDE_SAMPLES = 2048;

    /**
     * As {@link #require}, for obstacles of which some have corners: pairs of smooth curves as there;
     * a pair with a boundary with corners by samples (a smooth curve's as above, a boundary with corners'
     * {@value #SIDE_SAMPLES} per side equispaced in u) tested against the other's inside test (a sample
     * within the tolerance of the other's boundary not counted: that is a contact), then the smallest
     * distance from the boundary with corners to the other, from its samples refined by golden section
     * along the side of the nearest ({@link PolygonInsideTest#distance} to another with corners, Newton's
     * method onto a smooth curve, {@link CurveLocator}); below {@link SmoothInsideTest#ON_BOUNDARY} times
     * the smaller size, they touch.
     *
     * @throws ObstaclesOverlapException naming the first pair (in order) that overlaps, touches or nests
     */
    public static void requireShapes(List<ObstacleShape> shapes) {
        int count = shapes.size();
        List<double[][]> samples = new ArrayList<>();
        List<scatter.geometry.InsideTest> tests = new ArrayList<>();
        List<java.util.function.DoubleBinaryOperator> distances = new ArrayList<>();
        for (ObstacleShape shape : shapes) {
            tests.add(shape.insideTest());
            if (shape.curve() != null) {
                SmoothCurve c = shape.curve();
                double[][] z = Fourier.values(c.coefficients(), 0, SmoothInsideTest.sampleCount(c));
                samples.add(z);
                CurveLocator locator = new CurveLocator(c, z[0].length, SmoothInsideTest.NEAR_SIDES * longestSide(z));
                double[] out = new double[7];
                double[] scratch = new double[6];
                distances.add((x, y) -> locator.locate(x, y, out, scratch) ? out[5] : Double.POSITIVE_INFINITY);
            } else {
                samples.add(sidePoints(shape.polygon()));
                PolygonInsideTest test = new PolygonInsideTest(shape.polygon());
                distances.add(test::distance);
            }
        }
        for (int a = 0; a < count; a++) {
            for (int b = a + 1; b < count; b++) {
                ObstacleShape sa = shapes.get(a);
                ObstacleShape sb = shapes.get(b);
                if (sa.curve() != null && sb.curve() != null) {
                    require(List.of(sa.curve(), sb.curve()), List.of((SmoothInsideTest) tests.get(a),
                            (SmoothInsideTest) tests.get(b)), a + 1, b + 1);
                    continue;
                }
                double tolerance = SmoothInsideTest.ON_BOUNDARY * Math.min(sa.size(), sb.size());
                double[] ba = sa.box();
                double[] bb = sb.box();
                if (ba[0] > bb[1] + tolerance || bb[0] > ba[1] + tolerance || ba[2] > bb[3] + tolerance
                        || bb[2] > ba[3] + tolerance) {
                    continue;
                }
                int aInB = inside(samples.get(a), tests.get(b), distances.get(b), tolerance);
                int bInA = inside(samples.get(b), tests.get(a), distances.get(a), tolerance);
                if (aInB == samples.get(a)[0].length && bInA == 0) {
                    throw new ObstaclesOverlapException(ObstaclesOverlapException.Kind.INSIDE, a + 1, b + 1);
                }
                if (bInA == samples.get(b)[0].length && aInB == 0) {
                    throw new ObstaclesOverlapException(ObstaclesOverlapException.Kind.INSIDE, b + 1, a + 1);
                }
                if (aInB > 0 || bInA > 0) {
                    throw new ObstaclesOverlapException(ObstaclesOverlapException.Kind.OVERLAP, a + 1, b + 1);
                }
                boolean aCorners = sa.polygon() != null;
                double gap = aCorners ? closest(sa.polygon(), distances.get(b)) : closest(sb.polygon(), distances.get(a));
                if (gap < tolerance) {
                    throw new ObstaclesOverlapException(ObstaclesOverlapException.Kind.TOUCH, a + 1, b + 1);
                }
            }
        }
    }

    /** {@link #require} on one pair, the obstacles' numbers given. */
    private static void require(List<SmoothCurve> pair, List<SmoothInsideTest> inside, int first, int second) {
        try {
            require(pair, inside);
        } catch (ObstaclesOverlapException e) {
            throw e.renumbered(first, second);
        }
    }

    /** Samples inside the other obstacle and farther than the tolerance from its boundary. */
    private static int inside(double[][] z, scatter.geometry.InsideTest test,
            java.util.function.DoubleBinaryOperator distance, double tolerance) {
        int inside = 0;
        for (int j = 0; j < z[0].length; j++) {
            if (test.contains(z[0][j], z[1][j]) && !(distance.applyAsDouble(z[0][j], z[1][j]) <= tolerance)) {
                inside++;
            }
        }
        return inside;
    }

    /** {@value #SIDE_SAMPLES} points per side, equispaced in u, each side from its first corner. */
    private static double[][] sidePoints(PolygonBoundary polygon) {
        int sides = polygon.sides();
        double[][] z = new double[2][sides * SIDE_SAMPLES];
        double[] off = new double[2];
        for (int c = 0; c < sides; c++) {
            for (int j = 0; j < SIDE_SAMPLES; j++) {
                double u = (double) j / SIDE_SAMPLES;
                polygon.side(c).offset(u, 1 - u, false, off);
                z[0][c * SIDE_SAMPLES + j] = polygon.vertexX(c) + off[0];
                z[1][c * SIDE_SAMPLES + j] = polygon.vertexY(c) + off[1];
            }
        }
        return z;
    }

    /**
     * The smallest distance from the boundary with corners to the other obstacle's boundary: the nearest
     * of its samples, refined by golden section along that sample's side, one sample spacing each way.
     */
    private static double closest(PolygonBoundary polygon, java.util.function.DoubleBinaryOperator distance) {
        double[][] z = sidePoints(polygon);
        double best = Double.POSITIVE_INFINITY;
        int bestJ = -1;
        for (int j = 0; j < z[0].length; j++) {
            double d = distance.applyAsDouble(z[0][j], z[1][j]);
            if (d < best) {
                best = d;
                bestJ = j;
            }
        }
        if (bestJ < 0) {
            return best;
        }
        int c = bestJ / SIDE_SAMPLES;
        double h = 1.0 / SIDE_SAMPLES;
        double lo = Math.max(0, h * (bestJ % SIDE_SAMPLES) - h);
        double hi = Math.min(1, h * (bestJ % SIDE_SAMPLES) + h);
        double g = 0.5 * (Math.sqrt(5) - 1);
        double[] off = new double[2];
        java.util.function.DoubleUnaryOperator at = u -> {
            polygon.side(c).offset(u, 1 - u, false, off);
            return distance.applyAsDouble(polygon.vertexX(c) + off[0], polygon.vertexY(c) + off[1]);
        };
        double x1 = hi - g * (hi - lo);
        double x2 = lo + g * (hi - lo);
        double f1 = at.applyAsDouble(x1);
        double f2 = at.applyAsDouble(x2);
        for (int step = 0; step < GOLDEN_STEPS; step++) {
            if (f1 < f2) {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - g * (hi - lo);
                f1 = at.applyAsDouble(x1);
            } else {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + g * (hi - lo);
                f2 = at.applyAsDouble(x2);
            }
        }
        return Math.min(best, Math.min(f1, f2));
    }
}
