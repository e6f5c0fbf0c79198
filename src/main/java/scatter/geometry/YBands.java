package scatter.geometry;

/**
 * The edges of a closed polygon sorted into horizontal bands of equal height, so that a question
 * about a point (x, y) needs only the edges whose y-range, widened by a margin, reaches y. An edge
 * is listed in every band its widened y-range overlaps; with about one band per two edges, a band
 * holds a handful of edges for a contour sampled evenly.
 *
 * <p>Immutable once built; safe to share between threads.
 */
final class YBands {
    /** At most this many bands: enough for any practical nc, small enough to allocate. */
    private static final int MAX_BANDS = 1 << 16;

    final double[] x;
    final double[] y;
    private final double minY;
    private final double bandHeight;
    private final int bands;
    private final int[] start;
    private final int[] edges;

    /**
     * @param x vertex x; edge e runs from vertex e to vertex e + 1 and the last back to the first
     * @param y vertex y
     * @param margin widen each edge's y-range by this much on both sides
     */
    YBands(double[] x, double[] y, double margin) {
        this.x = x.clone();
        this.y = y.clone();
        int n = x.length;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        minY = lo - margin;
        bands = Math.max(1, Math.min(MAX_BANDS, n / 2));
        double height = (hi + margin - minY) / bands;
        bandHeight = height > 0 ? height : 1;
        int[] count = new int[bands + 1];
        for (int e = 0; e < n; e++) {
            for (int b = band(edgeMin(e) - margin); b <= band(edgeMax(e) + margin); b++) {
                count[b + 1]++;
            }
        }
        for (int b = 0; b < bands; b++) {
            count[b + 1] += count[b];
        }
        start = count.clone();
        edges = new int[count[bands]];
        for (int e = 0; e < n; e++) {
            for (int b = band(edgeMin(e) - margin); b <= band(edgeMax(e) + margin); b++) {
                edges[count[b]++] = e;
            }
        }
    }

    /** Number of edges (= vertices). */
    int size() {
        return x.length;
    }

    /**
     * The band holding height py, clamped to the valid range. Monotonic in py, so an edge whose
     * widened y-range contains py is listed in this band.
     */
    int band(double py) {
        double b = Math.floor((py - minY) / bandHeight);
        return (int) Math.max(0, Math.min(bands - 1, b));
    }

    /** First position of band b's edges in {@link #edge(int)}. */
    int from(int b) {
        return start[b];
    }

    /** One past the last position of band b's edges. */
    int to(int b) {
        return start[b + 1];
    }

    /** The edge listed at a position. */
    int edge(int position) {
        return edges[position];
    }

    /** Index of the vertex an edge ends at. */
    int end(int e) {
        return e + 1 == x.length ? 0 : e + 1;
    }

    private double edgeMin(int e) {
        return Math.min(y[e], y[end(e)]);
    }

    private double edgeMax(int e) {
        return Math.max(y[e], y[end(e)]);
    }
}
