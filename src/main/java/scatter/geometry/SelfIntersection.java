package scatter.geometry;

import java.util.Locale;

/**
 * Checks that a closed polygon is simple: no two edges cross or touch, except neighbours at their
 * shared vertex (and neighbours must not fold back over each other).
 *
 * <p>Testing all pairs costs n^2 / 2 segment tests, minutes for n = 10^5. Instead every edge is
 * put into the cells of a uniform bucket grid that it passes through (cell side = mean edge
 * length, so an edge covers a few cells), and only edges sharing a cell are tested: about
 * linear in n for contours sampled evenly, some tens of milliseconds for n = 10^5. Two edges that
 * meet share the cell of their common point, so nothing is missed; cell ranges are widened by a
 * hair so that rounding at a cell border cannot hide a meeting.
 */
final class SelfIntersection {
    private SelfIntersection() {
    }

    /**
     * @param x vertex x, the polygon is closed by the edge from the last vertex back to the first
     * @param y vertex y
     * @param t parameter of each vertex, for messages
     * @param size the contour's size (larger side of the bounding box)
     * @throws ContourException if two edges meet
     */
    static void check(double[] x, double[] y, double[] t, double size) {
        int n = x.length;
        double perimeter = 0;
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        for (int e = 0; e < n; e++) {
            perimeter += Math.hypot(x[next(e, n)] - x[e], y[next(e, n)] - y[e]);
            x0 = Math.min(x0, x[e]);
            y0 = Math.min(y0, y[e]);
        }
        // no more than about 2^30 cells per side, so cell indices fit in an int
        double cell = Math.max(perimeter / n, size * 0x1p-30);
        Cells cells = new Cells(x, y, x0, y0, cell);
        // two passes over the edges' cells: count, then fill a hash table of cell -> edges made of
        // primitive arrays (cell keys by open addressing, each cell's edges as a linked list)
        int[] entries = {0};
        for (int e = 0; e < n; e++) {
            cells.visit(e, key -> entries[0]++);
        }
        int capacity = Integer.highestOneBit(Math.max(4, 2 * entries[0])) * 2;
        long[] keys = new long[capacity];
        int[] head = new int[capacity];
        java.util.Arrays.fill(head, -1);
        int[] edgeOf = new int[entries[0]];
        int[] nextEntry = new int[entries[0]];
        int[] count = {0};
        for (int e = 0; e < n; e++) {
            int edge = e;
            cells.visit(e, key -> {
                int slot = (int) (mix(key) & (capacity - 1));
                while (head[slot] != -1 && keys[slot] != key) {
                    slot = (slot + 1) & (capacity - 1);
                }
                keys[slot] = key;
                edgeOf[count[0]] = edge;
                nextEntry[count[0]] = head[slot];
                head[slot] = count[0]++;
            });
        }
        for (int slot = 0; slot < capacity; slot++) {
            for (int a = head[slot]; a != -1; a = nextEntry[a]) {
                for (int b = nextEntry[a]; b != -1; b = nextEntry[b]) {
                    checkPair(x, y, t, edgeOf[a], edgeOf[b]);
                }
            }
        }
    }

    /** Spreads the bits of a cell key over the table (the finaliser of MurmurHash3). */
    private static long mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** Told each cell an edge passes through, as the key (column &lt;&lt; 32 | row). */
    @FunctionalInterface
    private interface CellVisitor {
        void cell(long key);
    }

    /** The uniform grid of square cells, origin at the polygon's lower left corner. */
    private static final class Cells {
        private final double[] x;
        private final double[] y;
        private final double x0;
        private final double y0;
        private final double side;
        /** Widening of each edge's cell range, so rounding at a cell border cannot hide a meeting. */
        private final double hair;

        Cells(double[] x, double[] y, double x0, double y0, double side) {
            this.x = x;
            this.y = y;
            this.x0 = x0;
            this.y0 = y0;
            this.side = side;
            this.hair = 1e-9 * side;
        }

        /** Visits every cell that edge e (from vertex e to the next) passes through, column by column. */
        void visit(int e, CellVisitor visitor) {
            int f = next(e, x.length);
            double ax = x[e] - x0;
            double ay = y[e] - y0;
            double bx = x[f] - x0;
            double by = y[f] - y0;
            int c0 = (int) Math.floor((Math.min(ax, bx) - hair) / side);
            int c1 = (int) Math.floor((Math.max(ax, bx) + hair) / side);
            for (int c = c0; c <= c1; c++) {
                // the part of the edge within this column of cells
                double lo = Math.max(Math.min(ax, bx), c * side);
                double hi = Math.min(Math.max(ax, bx), (c + 1) * side);
                double ylo;
                double yhi;
                if (bx == ax) {
                    ylo = Math.min(ay, by);
                    yhi = Math.max(ay, by);
                } else {
                    double ya = ay + (by - ay) * (lo - ax) / (bx - ax);
                    double yb = ay + (by - ay) * (hi - ax) / (bx - ax);
                    ylo = Math.max(Math.min(ya, yb), Math.min(ay, by));
                    yhi = Math.min(Math.max(ya, yb), Math.max(ay, by));
                }
                int r0 = (int) Math.floor((ylo - hair) / side);
                int r1 = (int) Math.floor((yhi + hair) / side);
                for (int r = r0; r <= r1; r++) {
                    visitor.cell(((long) c << 32) ^ (r & 0xffffffffL));
                }
            }
        }
    }

    private static void checkPair(double[] x, double[] y, double[] t, int e, int g) {
        int n = x.length;
        int i = Math.min(e, g);
        int j = Math.max(e, g);
        if (i == j) {
            return;
        }
        if (j == i + 1 || (i == 0 && j == n - 1)) {
            // neighbours share a vertex; they only fail if the second runs back along the first
            int first = j == i + 1 ? i : j;
            int shared = next(first, n);
            int after = next(shared, n);
            double ux = x[shared] - x[first];
            double uy = y[shared] - y[first];
            double vx = x[after] - x[shared];
            double vy = y[after] - y[shared];
            if (ux * vy - uy * vx == 0 && ux * vx + uy * vy < 0) {
                throw fail(x[shared], y[shared], t, first, next(first, n), n);
            }
            return;
        }
        int i1 = next(i, n);
        int j1 = next(j, n);
        if (meet(x[i], y[i], x[i1], y[i1], x[j], y[j], x[j1], y[j1])) {
            // report a point of the meeting: an end of one edge on the other, or the crossing
            double[] p = meetingPoint(x[i], y[i], x[i1], y[i1], x[j], y[j], x[j1], y[j1]);
            throw fail(p[0], p[1], t, i, j, n);
        }
    }

    private static ContourException fail(double px, double py, double[] t, int e, int g, int n) {
        return new ContourException(ContourException.Reason.SELF_INTERSECTION, String.format(Locale.ROOT,
                "the contour crosses or touches itself near (%s, %s), where the segments from t = %s"
                        + " and from t = %s meet; the obstacle's boundary must be a simple closed curve",
                Contour.num(px), Contour.num(py), Contour.num(t[e]), Contour.num(t[g])));
    }

    private static int next(int e, int n) {
        return e + 1 == n ? 0 : e + 1;
    }

    /** Sign of the cross product (b - a) x (c - a): which side of line ab the point c is on. */
    private static int orientation(double ax, double ay, double bx, double by, double cx, double cy) {
        return (int) Math.signum((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
    }

    /** Whether c, known to be on the line ab, lies within the segment's bounding box. */
    private static boolean within(double ax, double ay, double bx, double by, double cx, double cy) {
        return Math.min(ax, bx) <= cx && cx <= Math.max(ax, bx) && Math.min(ay, by) <= cy && cy <= Math.max(ay, by);
    }

    /** Whether the closed segments ab and cd have a point in common. */
    static boolean meet(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy) {
        int o1 = orientation(ax, ay, bx, by, cx, cy);
        int o2 = orientation(ax, ay, bx, by, dx, dy);
        int o3 = orientation(cx, cy, dx, dy, ax, ay);
        int o4 = orientation(cx, cy, dx, dy, bx, by);
        if (o1 * o2 < 0 && o3 * o4 < 0) {
            return true;
        }
        return o1 == 0 && within(ax, ay, bx, by, cx, cy)
                || o2 == 0 && within(ax, ay, bx, by, dx, dy)
                || o3 == 0 && within(cx, cy, dx, dy, ax, ay)
                || o4 == 0 && within(cx, cy, dx, dy, bx, by);
    }

    private static double[] meetingPoint(double ax, double ay, double bx, double by, double cx, double cy,
            double dx, double dy) {
        double rx = bx - ax;
        double ry = by - ay;
        double sx = dx - cx;
        double sy = dy - cy;
        double denominator = rx * sy - ry * sx;
        if (denominator != 0) {
            double u = ((cx - ax) * sy - (cy - ay) * sx) / denominator;
            u = Math.max(0, Math.min(1, u));
            return new double[] {ax + u * rx, ay + u * ry};
        }
        // parallel and overlapping: an end of one lies on the other
        if (within(ax, ay, bx, by, cx, cy)) {
            return new double[] {cx, cy};
        }
        return within(ax, ay, bx, by, dx, dy) ? new double[] {dx, dy} : new double[] {ax, ay};
    }
}
