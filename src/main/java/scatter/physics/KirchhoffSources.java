package scatter.physics;

import java.util.List;
import scatter.geometry.Contour;

/**
 * The Kirchhoff (physical optics) model's sources: one per contour segment, everything about it that
 * does not depend on the observer, computed once.
 *
 * <p>For segment s from c_s to c_{s+1}: d = c_{s+1} - c_s, length l = |d|, midpoint m,
 * unit normal n = (-d_y, d_x) / l (inward for an anticlockwise contour), sigma = +1 on the shadow
 * side (n.k &gt; 0) else -1, and u_m = u_inc(m). With the free-space Green's function
 * g = (i/4) H0(kR) and its normal derivative dg/dn = (-i/4) H1(kR) k (n.r)/R, the Kirchhoff
 * contribution of the segment to the scattered field at an observer p (r = p - m, R = |r|) is
 * <pre>
 *   -l g (i (n.k) u_m) + sigma l dg/dn u_m  =  a_s H0(kR) + b_s H1(kR) (n.r)/R
 *   with  a_s = l (n.k) u_m / 4   and   b_s = -i sigma l k u_m / 4.
 * </pre>
 * Segments of zero length contribute nothing and are left out. Source j of the result is the
 * midpoint m of segment j with its inward normal n (Morse &amp; Feshbach, Methods of Theoretical
 * Physics, pp. 1551-1552).
 *
 * <p><b>A line source</b> ({@link LineSource}) in place of the plane wave: the same contribution with
 * the incident field's own value and normal derivative at the midpoint,
 * <pre>
 *   -l g (du_inc/dn)(m) + sigma l dg/dn u_m,   a_s = -i l (du_inc/dn)(m) / 4,   b_s = -i sigma l k u_m / 4,
 *   u_m = (i/4) H0(k R_m),  du_inc/dn(m) = -(ik/4) H1(k R_m) (m - x0).n / R_m,  R_m = |m - x0|,
 * </pre>
 * and sigma = +1 where n.(m - x0) &gt; 0: the plane wave's rule with k replaced by the source's local
 * direction of travel (m - x0)/R_m. For a plane wave du_inc/dn = i (n.k) u_m, which gives the a_s
 * above; for the source, du_inc/dn = i k (n.(m - x0)/R_m) u_m (1 + O(1/(k R_m))) (H1 ~ -i H0), the
 * local plane wave of the source's direction and its 1/sqrt(R) amplitude, made exact. Both are
 * physical optics: the lit side's boundary values twice the incident field's (docs/physics.md).
 *
 * <p><b>Several obstacles</b> ({@link #of(List, Incident)}): each is lit by the incident wave on
 * its own, and the scattered field is the sum of every obstacle's segment sources, obstacle by
 * obstacle in the order given. Physical optics knows no shadowing of one obstacle by another and
 * no waves between them: a segment in another obstacle's shadow is lit as if that one were absent.
 */
public final class KirchhoffSources {
    private KirchhoffSources() {
    }

    /**
     * The segments' terms of several obstacles, each lit on its own: their sources one after the
     * other (for one contour, exactly {@link #of(Contour, Incident)}).
     */
    public static SourceTerms of(List<Contour> contours, Incident wave) {
        if (contours.size() == 1) {
            return of(contours.get(0), wave);
        }
        return SourceTerms.concat(contours.stream().map(c -> of(c, wave)).toList());
    }

    /** The segments' terms for this contour and incident wave. */
    public static SourceTerms of(Contour contour, Incident wave) {
        if (wave instanceof LineSource source) {
            double[] u = new double[4];
            return of(contour, (midX, midY, normalX, normalY, length, a, m) -> lineSource(source, u, midX, midY,
                    normalX, normalY, length, a, m));
        }
        PlaneWave plane = (PlaneWave) wave;
        return of(contour, (midX, midY, normalX, normalY, length, a, m) -> planeWave(plane, midX, midY, normalX,
                normalY, length, a, m));
    }

    /** A segment's coefficients a (a[4], a[5]) and b (a[6], a[7]) for the wave that lights it. */
    @FunctionalInterface
    private interface Coefficients {
        void fill(double midX, double midY, double normalX, double normalY, double length, double[][] a, int m);
    }

    /** The segments' midpoints, normals and the wave's coefficients, leaving out zero-length segments. */
    private static SourceTerms of(Contour contour, Coefficients coefficients) {
        int nc = contour.segments();
        double[][] a = new double[8][nc];
        int m = 0;
        for (int s = 0; s < nc; s++) {
            double dx = contour.x(s + 1) - contour.x(s);
            double dy = contour.y(s + 1) - contour.y(s);
            double length = Math.sqrt(dx * dx + dy * dy);
            if (!(length > 0)) {
                // Contour.simpleClosed has dropped these already; a contour built from raw points
                // may still have one, and its normal would be NaN
                continue;
            }
            double midX = 0.5 * (contour.x(s) + contour.x(s + 1));
            double midY = 0.5 * (contour.y(s) + contour.y(s + 1));
            double normalX = -dy / length;
            double normalY = dx / length;
            a[0][m] = midX;
            a[1][m] = midY;
            a[2][m] = normalX;
            a[3][m] = normalY;
            coefficients.fill(midX, midY, normalX, normalY, length, a, m);
            m++;
        }
        return new SourceTerms(m, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
    }

    /** A plane wave's coefficients: the teaching code's. */
    private static void planeWave(PlaneWave wave, double midX, double midY, double normalX, double normalY,
            double length, double[][] a, int m) {
        double nk = normalX * wave.kx() + normalY * wave.ky();
        double sigma = nk > 0 ? 1.0 : -1.0;
        double phase = wave.phase(midX, midY);
        double uRe = Math.cos(phase);
        double uIm = Math.sin(phase);
        double aScale = length * nk / 4;
        double bScale = sigma * length * wave.k() / 4;
        a[4][m] = aScale * uRe;
        a[5][m] = aScale * uIm;
        a[6][m] = bScale * uIm;   // -i (uRe + i uIm) = uIm - i uRe
        a[7][m] = -bScale * uRe;
    }

    /** A line source's coefficients (see the class comment); {@code u} is scratch for its value and derivative. */
    private static void lineSource(LineSource source, double[] u, double midX, double midY, double normalX,
            double normalY, double length, double[][] a, int m) {
        double sigma = normalX * (midX - source.x()) + normalY * (midY - source.y()) > 0 ? 1.0 : -1.0;
        source.valueAndDerivative(midX, midY, normalX, normalY, u);
        double quarter = 0.25 * length;
        a[4][m] = quarter * u[3];            // -i l D / 4
        a[5][m] = -quarter * u[2];
        double bScale = sigma * quarter * source.k();  // -i sigma l k u / 4
        a[6][m] = bScale * u[1];
        a[7][m] = -bScale * u[0];
    }
}
