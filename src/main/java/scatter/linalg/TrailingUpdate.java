package scatter.linalg;

/**
 * The update that carries most of an LU's work: C = C - L U, with C the rows [from, to) of the
 * matrix over the columns of the packed {@link UpperRows} U (depth rows), and L the same rows over
 * the depth columns from l.
 *
 * <p>Complex products without shuffles: with U's entries kept both as u and as i u (re, im of
 * i u = -Im u, Re u), the interleaved re, im of C - lambda u are C - Re(lambda) u - Im(lambda) (i u)
 * element by element, so the inner loop is fused multiply-adds over arrays indexed from 0, which
 * the JIT compiles to vector instructions (see {@link UpperRows}). Four rows of C share each load
 * of U, one step of the depth at a time (register blocking; rows left over go two at a time, two
 * steps of the depth sharing each load and store of C); each chunk of rows is copied out of the
 * matrix for the depth's steps and back. Measured at 4096 unknowns on one core: four rows by one
 * step 19 GFlop/s, two rows by two steps 9, four rows by two steps 8.5 (too many registers).
 *
 * <p>Each entry of C is updated in the same order, p = 0, 1, ..., depth - 1, by the same
 * expression whether its row is one of four, paired or alone: the result does not depend on how
 * the rows are split between threads.
 */
final class TrailingUpdate {
    /**
     * Each thread's work arrays, kept from call to call: an LU calls {@link #apply} once per range of a
     * few rows, thousands of times, and each call's own arrays were some 20 MB to allocate (and, fresh,
     * to fault in) per solve at corners. Every entry used is written before it is read.
     */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** L's entries negated for a range of rows, and four rows of C over one chunk. */
    private static final class Scratch {
        double[] m = new double[0];
        final double[] c0 = new double[2 * UpperRows.CHUNK];
        final double[] c1 = new double[2 * UpperRows.CHUNK];
        final double[] c2 = new double[2 * UpperRows.CHUNK];
        final double[] c3 = new double[2 * UpperRows.CHUNK];

        double[] m(int size) {
            if (m.length < size) {
                m = new double[size];
            }
            return m;
        }
    }

    private TrailingUpdate() {
    }

    /** C = C - L U over rows [from, to) of the n x n matrix a (see the class comment). */
    static void apply(double[] a, int n, int from, int to, int l, UpperRows upper, int c) {
        int depth = upper.depth;
        Scratch scratch = SCRATCH.get();
        // -Re and -Im of L's entries, row from + t at [2 depth t, 2 depth (t + 1))
        double[] m = scratch.m(2 * depth * (to - from));
        for (int i = from; i < to; i++) {
            negated(a, n, i, l, depth, m, 2 * depth * (i - from));
        }
        double[] c0 = scratch.c0;
        double[] c1 = scratch.c1;
        double[] c2 = scratch.c2;
        double[] c3 = scratch.c3;
        // chunk by chunk, so that the chunk's U stays in the cache while the rows go by
        for (int h = 0; h < upper.chunks(); h++) {
            int width = upper.width(h);
            double[][] u = upper.u[h];
            double[][] iu = upper.iu[h];
            int i = from;
            for (; i + 3 < to; i += 4) {
                int first = 2 * depth * (i - from);
                int at = 2 * (i * n + c + h * UpperRows.CHUNK);
                System.arraycopy(a, at, c0, 0, width);
                System.arraycopy(a, at + 2 * n, c1, 0, width);
                System.arraycopy(a, at + 4 * n, c2, 0, width);
                System.arraycopy(a, at + 6 * n, c3, 0, width);
                for (int p = 0; p < depth; p++) {
                    fourRows(c0, c1, c2, c3, m, first, 2 * depth, p, u[p], iu[p], width);
                }
                System.arraycopy(c0, 0, a, at, width);
                System.arraycopy(c1, 0, a, at + 2 * n, width);
                System.arraycopy(c2, 0, a, at + 4 * n, width);
                System.arraycopy(c3, 0, a, at + 6 * n, width);
            }
            for (; i < to; i += 2) {
                boolean pair = i + 1 < to;
                int first = 2 * depth * (i - from);
                int at = 2 * (i * n + c + h * UpperRows.CHUNK);
                System.arraycopy(a, at, c0, 0, width);
                if (pair) {
                    System.arraycopy(a, at + 2 * n, c1, 0, width);
                }
                int p = 0;
                for (; p + 1 < depth; p += 2) {
                    if (pair) {
                        twoRows(c0, c1, m, first, first + 2 * depth, p, u[p], iu[p], u[p + 1], iu[p + 1], width);
                    } else {
                        oneRow(c0, m, first, p, u[p], iu[p], u[p + 1], iu[p + 1], width);
                    }
                }
                if (p < depth) {
                    last(c0, m[first + 2 * p], m[first + 2 * p + 1], u[p], iu[p], width);
                    if (pair) {
                        last(c1, m[first + 2 * depth + 2 * p], m[first + 2 * depth + 2 * p + 1], u[p], iu[p], width);
                    }
                }
                System.arraycopy(c0, 0, a, at, width);
                if (pair) {
                    System.arraycopy(c1, 0, a, at + 2 * n, width);
                }
            }
        }
    }

    /** Step p for four rows, x = x - lambda_p u_p (m holds -lambda; the rows' m are {@code stride} apart). */
    private static void fourRows(double[] x0, double[] x1, double[] x2, double[] x3, double[] m, int first,
            int stride, int p, double[] u, double[] iu, int width) {
        int q = first + 2 * p;
        double r0 = m[q];
        double i0 = m[q + 1];
        double r1 = m[q + stride];
        double i1 = m[q + stride + 1];
        double r2 = m[q + 2 * stride];
        double i2 = m[q + 2 * stride + 1];
        double r3 = m[q + 3 * stride];
        double i3 = m[q + 3 * stride + 1];
        for (int k = 0; k < width; k++) {
            double x = u[k];
            double y = iu[k];
            x0[k] = Math.fma(r0, x, Math.fma(i0, y, x0[k]));
            x1[k] = Math.fma(r1, x, Math.fma(i1, y, x1[k]));
            x2[k] = Math.fma(r2, x, Math.fma(i2, y, x2[k]));
            x3[k] = Math.fma(r3, x, Math.fma(i3, y, x3[k]));
        }
    }

    /** Steps p and p + 1 for two rows: x0, x1 = x0, x1 - lambda_p u_p - lambda_q u_q (m holds -lambda). */
    private static void twoRows(double[] x0, double[] x1, double[] m, int first, int second, int p, double[] u,
            double[] iu, double[] uq, double[] iuq, int width) {
        double r0 = m[first + 2 * p];
        double i0 = m[first + 2 * p + 1];
        double s0 = m[first + 2 * p + 2];
        double j0 = m[first + 2 * p + 3];
        double r1 = m[second + 2 * p];
        double i1 = m[second + 2 * p + 1];
        double s1 = m[second + 2 * p + 2];
        double j1 = m[second + 2 * p + 3];
        for (int k = 0; k < width; k++) {
            double x = u[k];
            double y = iu[k];
            double xq = uq[k];
            double yq = iuq[k];
            x0[k] = Math.fma(s0, xq, Math.fma(j0, yq, Math.fma(r0, x, Math.fma(i0, y, x0[k]))));
            x1[k] = Math.fma(s1, xq, Math.fma(j1, yq, Math.fma(r1, x, Math.fma(i1, y, x1[k]))));
        }
    }

    /** {@link #twoRows} for a row alone, by the same expression. */
    private static void oneRow(double[] x0, double[] m, int first, int p, double[] u, double[] iu, double[] uq,
            double[] iuq, int width) {
        double r0 = m[first + 2 * p];
        double i0 = m[first + 2 * p + 1];
        double s0 = m[first + 2 * p + 2];
        double j0 = m[first + 2 * p + 3];
        for (int k = 0; k < width; k++) {
            x0[k] = Math.fma(s0, uq[k], Math.fma(j0, iuq[k], Math.fma(r0, u[k], Math.fma(i0, iu[k], x0[k]))));
        }
    }

    /** The odd last step of the depth for one row: x = x + r u + i (i u) (r, i already negated). */
    private static void last(double[] x, double r, double i, double[] u, double[] iu, int width) {
        for (int k = 0; k < width; k++) {
            x[k] = Math.fma(r, u[k], Math.fma(i, iu[k], x[k]));
        }
    }

    /** -Re, -Im of row i's entries in columns [l, l + depth), into m from {@code at}. */
    private static void negated(double[] a, int n, int i, int l, int depth, double[] m, int at) {
        int from = 2 * (i * n + l);
        for (int q = 0; q < 2 * depth; q++) {
            m[at + q] = -a[from + q];
        }
    }
}
