package scatter.physics.exact.evaluation;

import scatter.geometry.Contour;
import scatter.physics.Incident;
import scatter.physics.KirchhoffSources;
import scatter.physics.PlaneWave;
import scatter.physics.SourceTerms;
import scatter.physics.exact.curve.BoundaryPoints;
import scatter.physics.exact.curve.SmoothCurve;
import scatter.physics.exact.system.BoundarySolution;
import scatter.physics.exact.system.CornerSolution;
import scatter.physics.exact.system.SolvedBoundary;
import scatter.physics.exact.system.rcip.RcipBoundary;
import scatter.physics.exact.system.rcip.SolvedObstacles;

/**
 * Far-field amplitudes f(theta), u_s = f(theta) e^{ikr}/sqrt(r) + O(r^{-3/2}), of both models, and
 * their {@link FarFieldPattern}.
 *
 * <p><b>Exact model</b> (Colton &amp; Kress 2013, section 3.5, from the asymptotics
 * H0(kr) ~ sqrt(2/(pi k r)) e^{i(kr - pi/4)} of the combined-field ansatz):
 * <pre>  f(theta) = e^{-i pi/4}/sqrt(8 pi k) int { k nu(y).xhat + eta } e^{-ik xhat.y} phi(y) ds(y), </pre>
 * xhat = (cos theta, sin theta), by the trapezoid rule on the 2n points (spectrally accurate: the
 * integrand is smooth and periodic).
 *
 * <p><b>Kirchhoff model</b>: the same asymptotics applied to each segment's terms (SPEC.md;
 * {@link scatter.physics.KirchhoffSources}), segment s with inward unit normal n_s, shadow sign
 * sigma_s, midpoint m_s and length l_s:
 * <pre>  f_K(theta) = (k/4) sqrt(2/(pi k)) e^{-i pi/4} sum_s l_s e^{ik (d - xhat).m_s} [ n_s.d - sigma_s n_s.xhat ]. </pre>
 *
 * <p><b>A line source</b> in place of the plane wave: f is the scattered field's, by the same formulas
 * (the density, or the segments' terms, are the source's); sigma_s = int |f|^2 d theta is the
 * scattered power, in the units in which the source alone radiates 1/(4k) ({@link scatter.physics.LineSource}).
 * The optical theorem below relates sigma_s to a plane wave's forward amplitude and does not apply:
 * sigma_ext, the residual and its bound are NaN.
 *
 * <p><b>What the optical theorem can check</b> ({@link #residualBound}). An error of at most e in
 * f at every angle moves sigma_ext = -sqrt(8 pi/k) Re[e^{i pi/4} f(alpha)] by at most
 * sqrt(8 pi/k) e and sigma_s = int |f|^2 by at most 2 pi (2 max|f| e + e^2), so the residual
 * (sigma_s - sigma_ext)/sigma_s by at most their sum over sigma_s. For the exact model a relative
 * error delta of the density (max_j |psi_j - phi(z_j)| &lt;= delta max |psi|) bounds e by
 * delta max|psi| (pi/n) sum_j (k + eta) |z'_j| / sqrt(8 pi k); delta is the density's estimated
 * error (its last change where none was made), at least {@value #DENSITY_ROUNDING} (its rounding). At long wavelengths sigma_s falls like (kR)^4
 * (hard) while f(alpha) and the density fall like (kR)^2 and kR, so the residual stops checking
 * anything: a circle of radius 1e-6 at lambda 0.5 allows a residual of order 1.
 */
public final class FarField {
    /** The fewest angles for sigma_s are 4 k R0 + this margin. */
    private static final int SIGMA_MARGIN = 256;
    /**
     * The least relative error assumed for a density: converged solutions still change by 2e-15 to
     * 1.2e-14 between doublings, which is their rounding.
     */
    static final double DENSITY_ROUNDING = 2e-14;

    private FarField() {
    }

    /** f at one angle, in out[0] + i out[1]. */
    private interface Amplitude {
        void at(double theta, double[] out);
    }

    /** The exact model's pattern at {@code angles} equally spaced angles (at least 1). */
    public static FarFieldPattern exact(BoundarySolution solution, int angles) {
        double[] fError = new double[1];
        Amplitude f = amplitude(solution, fError);
        return pattern(f, solution.wave(), solution.curve().radius(), angles, fError[0]);
    }

    /**
     * The pattern of several obstacles' densities solved together (one system, {@link scatter.physics.exact.ExactModel}):
     * f is the sum of every boundary's integral; sigma_s takes 4 k R0 + 256 angles with R0 the
     * radius of the circle about the centre of all curves' bounding box that holds them all; the
     * bound on f's error is the sum of the boundaries' bounds.
     */
    public static FarFieldPattern exact(java.util.List<BoundarySolution> solutions, int angles) {
        int count = solutions.size();
        Amplitude[] parts = new Amplitude[count];
        double fError = 0;
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double[] error = new double[1];
        for (int b = 0; b < count; b++) {
            BoundarySolution solution = solutions.get(b);
            parts[b] = amplitude(solution, error);
            fError += error[0];
            SmoothCurve c = solution.curve();
            minX = Math.min(minX, c.minX());
            maxX = Math.max(maxX, c.maxX());
            minY = Math.min(minY, c.minY());
            maxY = Math.max(maxY, c.maxY());
        }
        double[] part = new double[2];
        Amplitude f = (theta, out) -> {
            double re = 0;
            double im = 0;
            for (Amplitude a : parts) {
                a.at(theta, part);
                re += part[0];
                im += part[1];
            }
            out[0] = re;
            out[1] = im;
        };
        return pattern(f, solutions.get(0).wave(), 0.5 * Math.hypot(maxX - minX, maxY - minY), angles, fError);
    }

    /**
     * A polygon's pattern, straight or curved sides ({@link CornerSolution#farField}, the trapezoid
     * rule on its graded points), R0 half the diagonal of its bounding box ({@link
     * scatter.physics.exact.curve.PolygonBoundary#box()}, curved sides' points included). The bound on f's error: the density's estimated error
     * (its last change where none was made, at least {@value #DENSITY_ROUNDING}) relative to its
     * largest, times sqrt(2/(pi k)) and the number of points times the largest |a_j| + |b_j| of its
     * sources ({@link CornerSolution#sources()}): every term off by at most that share of the largest.
     */
    public static FarFieldPattern exact(CornerSolution solution, int angles, Incident wave) {
        double[] fError = new double[1];
        Amplitude f = amplitude(solution, wave, fError);
        double[] box = solution.polygon().box();
        return pattern(f, wave, 0.5 * Math.hypot(box[1] - box[0], box[3] - box[2]), angles, fError[0]);
    }

    /**
     * A polygon's pattern solved by RCIP ({@link RcipBoundary#farField}, the coarse nodes' weights on the
     * weight-corrected density), R0 half the diagonal of its bounding box. The bound on f's error as for
     * the graded points: the change (which bounds the coarser solve's error, at least
     * {@value #DENSITY_ROUNDING}) times sqrt(2/(pi k)) and the number of nodes times the largest
     * |a_j| + |b_j| of its sources ({@link RcipBoundary#sources()}).
     */
    public static FarFieldPattern exact(RcipBoundary solution, int angles, Incident wave) {
        return panels(solution.sources(), solution.change(), solution::farField, solution.polygon().box(), angles, wave);
    }

    /**
     * Several obstacles solved together by RCIP ({@link SolvedObstacles#farField}): as for one polygon
     * ({@link #exact(RcipBoundary, int, Incident)}), the sources every obstacle's coarse nodes, R0 from the
     * box of all of them.
     */
    public static FarFieldPattern exact(SolvedObstacles solution, int angles, Incident wave) {
        return panels(solution.sources(), solution.change(), solution::farField, solution.box(), angles, wave);
    }

    /** The pattern of a panel solution: f from {@code amplitude}, its error bound from the change and the sources. */
    private static FarFieldPattern panels(SourceTerms sources, double change,
            java.util.function.DoubleFunction<double[]> amplitude, double[] box, int angles, Incident wave) {
        double largest = 0;
        for (int j = 0; j < sources.count(); j++) {
            largest = Math.max(largest, Math.hypot(sources.aRe(j), sources.aIm(j))
                    + Math.hypot(sources.bRe(j), sources.bIm(j)));
        }
        double fError = Math.max(change, DENSITY_ROUNDING) * Math.sqrt(2 / (Math.PI * wave.k()))
                * sources.count() * largest;
        Amplitude f = (theta, out) -> {
            double[] v = amplitude.apply(theta);
            out[0] = v[0];
            out[1] = v[1];
        };
        return pattern(f, wave, 0.5 * Math.hypot(box[1] - box[0], box[3] - box[2]), angles, fError);
    }

    /**
     * The pattern of several obstacles, some with corners, solved together
     * ({@link scatter.physics.exact.system.CornerObstacleSolver}): f the sum of every boundary's, as
     * {@link #exact(java.util.List, int)} for smooth ones, each boundary's own bound on its error added
     * (a smooth curve's as for one, a boundary with corners' as {@link #exact(CornerSolution, int, Incident)}),
     * R0 of the bounding box of all of them.
     */
    public static FarFieldPattern exactMixed(java.util.List<SolvedBoundary> solutions, int angles, Incident wave) {
        int count = solutions.size();
        Amplitude[] parts = new Amplitude[count];
        double fError = 0;
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double[] error = new double[1];
        for (int b = 0; b < count; b++) {
            double[] box;
            if (solutions.get(b) instanceof CornerSolution corner) {
                parts[b] = amplitude(corner, wave, error);
                box = corner.polygon().box();
            } else {
                BoundarySolution smooth = (BoundarySolution) solutions.get(b);
                parts[b] = amplitude(smooth, error);
                SmoothCurve c = smooth.curve();
                box = new double[] {c.minX(), c.maxX(), c.minY(), c.maxY()};
            }
            fError += error[0];
            minX = Math.min(minX, box[0]);
            maxX = Math.max(maxX, box[1]);
            minY = Math.min(minY, box[2]);
            maxY = Math.max(maxY, box[3]);
        }
        double[] part = new double[2];
        Amplitude f = (theta, out) -> {
            double re = 0;
            double im = 0;
            for (Amplitude a : parts) {
                a.at(theta, part);
                re += part[0];
                im += part[1];
            }
            out[0] = re;
            out[1] = im;
        };
        return pattern(f, wave, 0.5 * Math.hypot(maxX - minX, maxY - minY), angles, fError);
    }

    /** A boundary with corners' f(theta), and into fErrorOut[0] its bound (see {@link #exact(CornerSolution, int, Incident)}). */
    private static Amplitude amplitude(CornerSolution solution, Incident wave, double[] fErrorOut) {
        SourceTerms sources = solution.sources();
        double largest = 0;
        for (int j = 0; j < sources.count(); j++) {
            largest = Math.max(largest, Math.hypot(sources.aRe(j), sources.aIm(j))
                    + Math.hypot(sources.bRe(j), sources.bIm(j)));
        }
        double densityError = Double.isNaN(solution.errorEstimate()) ? solution.change() : solution.errorEstimate();
        fErrorOut[0] = Math.max(densityError, DENSITY_ROUNDING) * Math.sqrt(2 / (Math.PI * wave.k()))
                * sources.count() * largest;
        return (theta, out) -> {
            double[] v = solution.farField(theta);
            out[0] = v[0];
            out[1] = v[1];
        };
    }

    /** One density's f(theta), and into fError[0] the bound on its error at every angle (see the class comment). */
    private static Amplitude amplitude(BoundarySolution solution, double[] fErrorOut) {
        BoundaryPoints p = solution.points;
        Incident wave = solution.wave();
        double k = wave.k();
        double eta = solution.eta();
        int count = p.count;
        double w = Math.PI / p.n;
        // e^{-i pi/4}/sqrt(8 pi k) (pi/n) |z'_j| psi_j, and the unit normals
        double scale = w / Math.sqrt(8 * Math.PI * k);
        double rotRe = Math.sqrt(0.5);
        double rotIm = -Math.sqrt(0.5);
        double largest = 0;
        double weightSum = 0;
        for (int j = 0; j < count; j++) {
            largest = Math.max(largest, Math.hypot(solution.densityRe[j], solution.densityIm[j]));
            weightSum += (k + eta) * p.speed[j];
        }
        // the density's error: its estimate where the solve made one, else the last change, which bounds it
        double densityError = Double.isNaN(solution.errorEstimate()) ? solution.change() : solution.errorEstimate();
        double delta = Math.max(densityError, DENSITY_ROUNDING);
        double fError = delta * largest * scale * weightSum;
        double[] gRe = new double[count];
        double[] gIm = new double[count];
        double[] nx = new double[count];
        double[] ny = new double[count];
        for (int j = 0; j < count; j++) {
            double s = scale * p.speed[j];
            double re = s * solution.densityRe[j];
            double im = s * solution.densityIm[j];
            gRe[j] = re * rotRe - im * rotIm;
            gIm[j] = re * rotIm + im * rotRe;
            nx[j] = p.dy[j] / p.speed[j];
            ny[j] = -p.dx[j] / p.speed[j];
        }
        Amplitude f = (theta, out) -> {
            double cx = Math.cos(theta);
            double cy = Math.sin(theta);
            double sumRe = 0;
            double sumIm = 0;
            for (int j = 0; j < count; j++) {
                double factor = k * (nx[j] * cx + ny[j] * cy) + eta;
                double phase = -k * (cx * p.x[j] + cy * p.y[j]);
                double c = Math.cos(phase);
                double s = Math.sin(phase);
                sumRe += factor * (gRe[j] * c - gIm[j] * s);
                sumIm += factor * (gRe[j] * s + gIm[j] * c);
            }
            out[0] = sumRe;
            out[1] = sumIm;
        };
        fErrorOut[0] = fError;
        return f;
    }

    /**
     * The Kirchhoff model's pattern at {@code angles} equally spaced angles, from the contour's
     * segments: for a plane wave f_K above; for a line source the far field of its segment terms
     * ({@link KirchhoffSources}, {@link SourceTerms#farField}), with no optical theorem.
     */
    public static FarFieldPattern kirchhoff(Contour contour, Incident wave, int angles) {
        double radius = 0.5 * Math.hypot(contour.maxX() - contour.minX(), contour.maxY() - contour.minY());
        if (!(wave instanceof PlaneWave plane)) {
            SourceTerms sources = KirchhoffSources.of(contour, wave);
            double k = wave.k();
            return pattern((theta, out) -> sources.farField(k, theta, out), wave, radius, angles, Double.NaN);
        }
        return kirchhoff(contour, plane, angles, radius);
    }

    private static FarFieldPattern kirchhoff(Contour contour, PlaneWave wave, int angles, double radius) {
        int nc = contour.segments();
        double k = wave.k();
        double dirX = wave.kx() / k;
        double dirY = wave.ky() / k;
        double[] len = new double[nc];
        double[] mx = new double[nc];
        double[] my = new double[nc];
        double[] nx = new double[nc];
        double[] ny = new double[nc];
        double[] sigma = new double[nc];
        for (int s = 0; s < nc; s++) {
            double dx = contour.x(s + 1) - contour.x(s);
            double dy = contour.y(s + 1) - contour.y(s);
            double l = Math.sqrt(dx * dx + dy * dy);
            if (!(l > 0)) {
                continue;   // a zero-length segment contributes nothing (len stays 0)
            }
            len[s] = l;
            mx[s] = 0.5 * (contour.x(s) + contour.x(s + 1));
            my[s] = 0.5 * (contour.y(s) + contour.y(s + 1));
            nx[s] = -dy / l;
            ny[s] = dx / l;
            sigma[s] = nx[s] * wave.kx() + ny[s] * wave.ky() > 0 ? 1 : -1;
        }
        // (k/4) sqrt(2/(pi k)) e^{-i pi/4}
        double scale = 0.25 * k * Math.sqrt(2 / (Math.PI * k));
        double rotRe = scale * Math.sqrt(0.5);
        double rotIm = -scale * Math.sqrt(0.5);
        Amplitude f = (theta, out) -> {
            double cx = Math.cos(theta);
            double cy = Math.sin(theta);
            double sumRe = 0;
            double sumIm = 0;
            for (int s = 0; s < nc; s++) {
                double factor = len[s] * (nx[s] * dirX + ny[s] * dirY - sigma[s] * (nx[s] * cx + ny[s] * cy));
                double phase = k * ((dirX - cx) * mx[s] + (dirY - cy) * my[s]);
                sumRe += factor * Math.cos(phase);
                sumIm += factor * Math.sin(phase);
            }
            out[0] = sumRe * rotRe - sumIm * rotIm;
            out[1] = sumRe * rotIm + sumIm * rotRe;
        };
        return pattern(f, wave, radius, angles, Double.NaN);
    }

    /** Number of equally spaced angles on which the trapezoid rule gives sigma_s exactly: 4 k R0 + 256. */
    static int sigmaAngles(double k, double radius) {
        return (int) Math.ceil(4 * k * radius) + SIGMA_MARGIN;
    }

    /**
     * The largest optical-theorem residual an error of at most {@code fError} in f at every angle
     * can cause: [ sqrt(8 pi/k) e + 2 pi (2 max|f| e + e^2) ] / sigma_s (see the class comment).
     */
    static double residualBound(double fError, double k, double largestF, double sigmaS) {
        return (Math.sqrt(8 * Math.PI / k) * fError + 2 * Math.PI * (2 * largestF + fError) * fError) / sigmaS;
    }

    /** @param fError a bound on the error of f at every angle, or NaN where there is none (Kirchhoff) */
    private static FarFieldPattern pattern(Amplitude f, Incident wave, double radius, int angles, double fError) {
        if (angles < 1) {
            throw new IllegalArgumentException("angles must be positive: " + angles);
        }
        double[] out = new double[2];
        double[] theta = new double[angles];
        double[] re = new double[angles];
        double[] im = new double[angles];
        for (int l = 0; l < angles; l++) {
            theta[l] = 2 * Math.PI * l / angles;
            f.at(theta[l], out);
            re[l] = out[0];
            im[l] = out[1];
        }
        double k = wave.k();
        int count = sigmaAngles(k, radius);
        double sum = 0;
        double largestF = 0;
        for (int l = 0; l < count; l++) {
            f.at(2 * Math.PI * l / count, out);
            double abs2 = out[0] * out[0] + out[1] * out[1];
            sum += abs2;
            largestF = Math.max(largestF, abs2);
        }
        double sigmaS = 2 * Math.PI * sum / count;
        if (!(wave instanceof PlaneWave plane)) {
            // the optical theorem is the plane wave's: there is no forward amplitude to compare with
            return new FarFieldPattern(theta, re, im, sigmaS, Double.NaN, Double.NaN, Double.NaN);
        }
        f.at(Math.atan2(plane.ky(), plane.kx()), out);
        // Re[e^{i pi/4} f] = (Re f - Im f)/sqrt(2)
        double sigmaExt = -Math.sqrt(8 * Math.PI / k) * (out[0] - out[1]) * Math.sqrt(0.5);
        return new FarFieldPattern(theta, re, im, sigmaS, sigmaExt, (sigmaS - sigmaExt) / sigmaS,
                residualBound(fError, k, Math.sqrt(largestF), sigmaS));
    }
}
