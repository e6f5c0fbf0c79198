package scatter.physics.exact.system.rcip;

import scatter.physics.exact.curve.Side;

/**
 * One panel on a curved side: the 16 Gauss-Legendre nodes of {@link Gauss16} in the side's own
 * parameter u over [u_a, u_b] (boundary order), each node's offset from the panel's reference
 * vertex, outward unit normal and arc-length weight from the side's own representation
 * ({@link Side#offset}, {@link Side#tangent}: its Chebyshev series, or its Taylor polynomial near a
 * corner, so that a panel 1e-30 of the side from a vertex keeps its digits): node j at u_j =
 * (u_a + u_b)/2 + t_j (u_b - u_a)/2, its weight w_j |Z_u(u_j)| |u_b - u_a|/2, its normal
 * (Z_u,y, -Z_u,x)/|Z_u| (the side runs anticlockwise).
 *
 * <p>For the product weights ({@link CurvedWeights}) the panel is mapped to its chord by the
 * endpoints' affine map tau~ = (tau - m)/d, m = (tau_a + tau_b)/2, d = (tau_b - tau_a)/2 (complex
 * positions; Helsing &amp; Ojala, J. Comput. Phys. 227 (2008) 2899-2921, section 5): the mapped
 * nodes tau~_j, and the LU factors of the complex Vandermonde matrix A[k][j] = tau~_j^k (k, j =
 * 0..15), whose solution of A w = m turns moments of a kernel against the complex monomials into
 * weights, are kept with the panel. Immutable.
 */
final class CurvedPanel {
    /** Node offsets from the reference vertex. */
    final double[] offX = new double[Gauss16.N];
    final double[] offY = new double[Gauss16.N];
    /** Outward unit normals at the nodes. */
    final double[] nx = new double[Gauss16.N];
    final double[] ny = new double[Gauss16.N];
    /** Arc-length weights. */
    final double[] weight = new double[Gauss16.N];
    /** Endpoints' offsets (start, end in boundary order). */
    final double startX;
    final double startY;
    final double endX;
    final double endY;
    /** Chord midpoint (offset) and half chord d as a complex number. */
    final double midX;
    final double midY;
    final double dRe;
    final double dIm;
    /** Mapped nodes tau~_j. */
    final double[] tauRe = new double[Gauss16.N];
    final double[] tauIm = new double[Gauss16.N];
    /** LU of A (row-major, interleaved complex) with its row pivots. */
    private final double[] lu = new double[2 * Gauss16.N * Gauss16.N];
    private final int[] pivot = new int[Gauss16.N];
    /** The largest |Im tau~_j|: how far the panel leaves its chord, in the chord's half lengths. */
    final double bulge;

    /**
     * The panel of side {@code side} from a to b, given as distances in u from the reference vertex:
     * the side's start (fromEnd false: u = a .. b, a &lt; b) or its end (fromEnd true: 1 - u = a .. b,
     * a &gt; b), so that a panel next to a vertex is given to its own rounding.
     */
    CurvedPanel(Side side, boolean fromEnd, double a, double b) {
        int n = Gauss16.N;
        double[] off = new double[2];
        double[] tan = new double[2];
        double mid = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        for (int j = 0; j < n; j++) {
            double s = mid + half * Gauss16.node(j);
            double u = fromEnd ? 1 - s : s;
            double c = fromEnd ? s : 1 - s;
            side.offset(u, c, fromEnd, off);
            side.tangent(u, c, tan);
            double speed = Math.hypot(tan[0], tan[1]);
            offX[j] = off[0];
            offY[j] = off[1];
            nx[j] = tan[1] / speed;
            ny[j] = -tan[0] / speed;
            weight[j] = Gauss16.weight(j) * speed * Math.abs(half);
        }
        side.offset(fromEnd ? 1 - a : a, fromEnd ? a : 1 - a, fromEnd, off);
        startX = off[0];
        startY = off[1];
        side.offset(fromEnd ? 1 - b : b, fromEnd ? b : 1 - b, fromEnd, off);
        endX = off[0];
        endY = off[1];
        midX = 0.5 * (startX + endX);
        midY = 0.5 * (startY + endY);
        dRe = 0.5 * (endX - startX);
        dIm = 0.5 * (endY - startY);
        double dd = dRe * dRe + dIm * dIm;
        double most = 0;
        for (int j = 0; j < n; j++) {
            double px = offX[j] - midX;
            double py = offY[j] - midY;
            tauRe[j] = (px * dRe + py * dIm) / dd;
            tauIm[j] = (py * dRe - px * dIm) / dd;
            most = Math.max(most, Math.abs(tauIm[j]));
        }
        bulge = most;
        factor();
    }

    /** Arc length of the chord's half, |d|. */
    double halfChord() {
        return Math.hypot(dRe, dIm);
    }

    private void factor() {
        int n = Gauss16.N;
        for (int j = 0; j < n; j++) {
            double re = 1;
            double im = 0;
            for (int k = 0; k < n; k++) {
                lu[2 * (k * n + j)] = re;
                lu[2 * (k * n + j) + 1] = im;
                double r = re * tauRe[j] - im * tauIm[j];
                im = re * tauIm[j] + im * tauRe[j];
                re = r;
            }
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            double best = Math.hypot(lu[2 * (c * n + c)], lu[2 * (c * n + c) + 1]);
            for (int r = c + 1; r < n; r++) {
                double v = Math.hypot(lu[2 * (r * n + c)], lu[2 * (r * n + c) + 1]);
                if (v > best) {
                    best = v;
                    p = r;
                }
            }
            pivot[c] = p;
            if (p != c) {
                for (int j = 0; j < 2 * n; j++) {
                    double t = lu[2 * c * n + j];
                    lu[2 * c * n + j] = lu[2 * p * n + j];
                    lu[2 * p * n + j] = t;
                }
            }
            double pr = lu[2 * (c * n + c)];
            double pi = lu[2 * (c * n + c) + 1];
            double pp = pr * pr + pi * pi;
            for (int r = c + 1; r < n; r++) {
                double ar = lu[2 * (r * n + c)];
                double ai = lu[2 * (r * n + c) + 1];
                double lr = (ar * pr + ai * pi) / pp;
                double li = (ai * pr - ar * pi) / pp;
                lu[2 * (r * n + c)] = lr;
                lu[2 * (r * n + c) + 1] = li;
                for (int j = c + 1; j < n; j++) {
                    double br = lu[2 * (c * n + j)];
                    double bi = lu[2 * (c * n + j) + 1];
                    lu[2 * (r * n + j)] -= lr * br - li * bi;
                    lu[2 * (r * n + j) + 1] -= lr * bi + li * br;
                }
            }
        }
    }

    /** Overwrites (re, im), the moments m_k, with w solving sum_j tau~_j^k w_j = m_k. */
    void weightsFromMoments(double[] re, double[] im) {
        int n = Gauss16.N;
        for (int c = 0; c < n; c++) {
            int p = pivot[c];
            double t = re[c];
            re[c] = re[p];
            re[p] = t;
            t = im[c];
            im[c] = im[p];
            im[p] = t;
        }
        for (int r = 1; r < n; r++) {
            double sr = re[r];
            double si = im[r];
            for (int j = 0; j < r; j++) {
                double lr = lu[2 * (r * n + j)];
                double li = lu[2 * (r * n + j) + 1];
                sr -= lr * re[j] - li * im[j];
                si -= lr * im[j] + li * re[j];
            }
            re[r] = sr;
            im[r] = si;
        }
        for (int r = n - 1; r >= 0; r--) {
            double sr = re[r];
            double si = im[r];
            for (int j = r + 1; j < n; j++) {
                double ur = lu[2 * (r * n + j)];
                double ui = lu[2 * (r * n + j) + 1];
                sr -= ur * re[j] - ui * im[j];
                si -= ur * im[j] + ui * re[j];
            }
            double pr = lu[2 * (r * n + r)];
            double pi = lu[2 * (r * n + r) + 1];
            double pp = pr * pr + pi * pi;
            re[r] = (sr * pr + si * pi) / pp;
            im[r] = (si * pr - sr * pi) / pp;
        }
    }

    /**
     * The mapped panel tau~(t) at the parameter t in [-1, 1], the polynomial through the mapped
     * nodes (barycentric form, weights (-1)^j sqrt((1 - t_j^2) w_j) for Gauss-Legendre nodes), into out.
     */
    void at(double t, double[] out) {
        int n = Gauss16.N;
        double nr = 0;
        double ni = 0;
        double den = 0;
        for (int j = 0; j < n; j++) {
            double tj = Gauss16.node(j);
            double diff = t - tj;
            if (diff == 0) {
                out[0] = tauRe[j];
                out[1] = tauIm[j];
                return;
            }
            double l = ((j % 2 == 0) ? 1 : -1) * Math.sqrt((1 - tj * tj) * Gauss16.weight(j)) / diff;
            nr += l * tauRe[j];
            ni += l * tauIm[j];
            den += l;
        }
        out[0] = nr / den;
        out[1] = ni / den;
    }

    /**
     * +1 if the mapped point z lies between the chord [-1, 1] and the panel on the side where the
     * panel bulges below the chord, -1 if between them where it bulges above, 0 if not between them:
     * where the Cauchy integral along the panel differs from the one along the chord by +-2 pi i
     * (the closed path panel then chord back winds once about z). Found at the panel's point
     * tau~(t*) with Re tau~(t*) = Re z (Newton's method on the interpolating polynomial); a point on
     * the chord (Im z = 0) counts as just above it.
     */
    int between(double zr, double zi) {
        if (!(Math.abs(zr) < 1) || Math.abs(zi) > 2 * bulge + 1e-300) {
            return 0;
        }
        double[] p = new double[2];
        double[] q = new double[2];
        double t = zr;
        for (int step = 0; step < 60; step++) {
            at(t, p);
            double h = 1e-7;
            double tp = Math.min(1, t + h);
            double tm = Math.max(-1, t - h);
            at(tp, q);
            double slope = q[0];
            at(tm, q);
            slope = (slope - q[0]) / (tp - tm);
            double dt = (p[0] - zr) / slope;
            double next = Math.max(-1, Math.min(1, t - dt));
            if (Math.abs(next - t) < 1e-15) {
                t = next;
                break;
            }
            t = next;
        }
        at(t, p);
        double s = p[1];
        if (s > 0) {
            return zi >= 0 && zi < s ? -1 : 0;
        }
        if (s < 0) {
            return zi < 0 && zi > s ? 1 : 0;
        }
        return 0;
    }
}
