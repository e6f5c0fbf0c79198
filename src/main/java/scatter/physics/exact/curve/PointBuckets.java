package scatter.physics.exact.curve;

/**
 * Points sorted into square cells of about half a reach, so that the points within the reach of a
 * query lie in the cells at most {@code rings} = ceil(reach / cell) around its own: "which boundary
 * point is nearest, if any is within reach" costs a bounding-box test for most grid nodes and a
 * handful of distances for the rest. The cells are searched ring by ring outwards from the query's
 * own, and a cell (or a ring) farther from the query than the nearest point found so far is not
 * opened: a query near the curve finds its nearest point in the first rings and opens few cells,
 * a query near the reach only those the circle of the reach meets (cells no smaller than the
 * reach, searched 3 x 3, opened about four times as many points). The answer, the nearest point
 * within the reach and of several equally near the lowest index, does not depend on the order.
 * Immutable; safe to share between threads.
 */
final class PointBuckets {
    /** Cells per point at most, so that a small reach does not allocate a huge table. */
    private static final int CELLS_PER_POINT = 4;
    /** Cells at most (a table of 16 MB). */
    private static final double MAX_CELLS = 1 << 22;
    /** Cells per reach aimed at. */
    private static final double CELLS_PER_REACH = 1;

    private final double[] x;
    private final double[] y;
    private final double reach;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final double cell;
    /** Rings of cells around the query's own that the reach may enter. */
    private final int rings;
    private final int columns;
    private final int rows;
    private final int[] start;
    private final int[] index;

    PointBuckets(double[] x, double[] y, double reach) {
        if (!(reach > 0)) {
            throw new IllegalArgumentException("reach must be positive: " + reach);
        }
        this.x = x.clone();
        this.y = y.clone();
        this.reach = reach;
        double lowX = Double.POSITIVE_INFINITY;
        double highX = Double.NEGATIVE_INFINITY;
        double lowY = Double.POSITIVE_INFINITY;
        double highY = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < x.length; j++) {
            lowX = Math.min(lowX, x[j]);
            highX = Math.max(highX, x[j]);
            lowY = Math.min(lowY, y[j]);
            highY = Math.max(highY, y[j]);
        }
        minX = lowX - reach;
        minY = lowY - reach;
        maxX = highX + reach;
        maxY = highY + reach;
        double width = maxX - minX;
        double height = maxY - minY;
        double size = Math.max(reach / CELLS_PER_REACH, Math.max(
                Math.sqrt(width * height / ((double) CELLS_PER_POINT * x.length)), Math.sqrt(width * height / MAX_CELLS)));
        cell = size;
        rings = (int) Math.ceil(reach / size);
        columns = (int) Math.min(1 << 15, Math.floor(width / size) + 1);
        rows = (int) Math.min(1 << 15, Math.floor(height / size) + 1);
        int cells = columns * rows;
        int[] count = new int[cells + 1];
        for (int j = 0; j < x.length; j++) {
            count[cellOf(x[j], y[j]) + 1]++;
        }
        for (int c = 0; c < cells; c++) {
            count[c + 1] += count[c];
        }
        start = count.clone();
        index = new int[x.length];
        for (int j = 0; j < x.length; j++) {
            index[count[cellOf(x[j], y[j])]++] = j;
        }
    }

    private int column(double px) {
        return (int) Math.max(0, Math.min(columns - 1, Math.floor((px - minX) / cell)));
    }

    private int row(double py) {
        return (int) Math.max(0, Math.min(rows - 1, Math.floor((py - minY) / cell)));
    }

    private int cellOf(double px, double py) {
        return row(py) * columns + column(px);
    }

    /** The index of the point nearest (px, py) among those within the reach, or -1 if there is none. */
    int nearest(double px, double py) {
        if (!(px >= minX && px <= maxX && py >= minY && py <= maxY)) {
            return -1;
        }
        int c = column(px);
        int r = row(py);
        int best = -1;
        double bestDistance = reach * reach;
        // a cell's points are at least its rectangle's distance from the query, less a margin for
        // the rounding of the cell a point was sorted into; every cell of ring g is at least g - 1
        // cells away in x or in y
        double margin = 1e-9 * cell;
        for (int g = 0; g <= rings; g++) {
            double ring = Math.max(0, (g - 1) * cell - margin);
            if (ring * ring > bestDistance) {
                break;
            }
            int c0 = Math.max(0, c - g);
            int c1 = Math.min(columns - 1, c + g);
            for (int rr = Math.max(0, r - g); rr <= Math.min(rows - 1, r + g); rr++) {
                // the ring's first and last rows whole, the rows between at its two columns only
                boolean whole = rr == r - g || rr == r + g;
                for (int cc = c0; cc <= c1; cc = whole || cc == c + g ? cc + 1 : c + g) {
                    if (!whole && cc != c - g && cc != c + g) {
                        continue;
                    }
                    int cellIndex = rr * columns + cc;
                    int first = start[cellIndex];
                    int last = start[cellIndex + 1];
                    if (first == last) {
                        continue;
                    }
                    // the cell's rectangle; the edge cells reach to infinity (they hold any point beyond)
                    double left = cc == 0 ? Double.NEGATIVE_INFINITY : minX + cc * cell;
                    double right = cc == columns - 1 ? Double.POSITIVE_INFINITY : minX + (cc + 1) * cell;
                    double bottom = rr == 0 ? Double.NEGATIVE_INFINITY : minY + rr * cell;
                    double top = rr == rows - 1 ? Double.POSITIVE_INFINITY : minY + (rr + 1) * cell;
                    double gx = Math.max(0, Math.max(left - px, px - right) - margin);
                    double gy = Math.max(0, Math.max(bottom - py, py - top) - margin);
                    if (gx * gx + gy * gy > bestDistance) {
                        continue;
                    }
                    for (int p = first; p < last; p++) {
                        int j = index[p];
                        double dx = px - x[j];
                        double dy = py - y[j];
                        double d = dx * dx + dy * dy;
                        // ties go to the lower index, so the answer does not depend on the cell order
                        if (d < bestDistance || (d == bestDistance && best >= 0 && j < best)) {
                            bestDistance = d;
                            best = j;
                        }
                    }
                }
            }
        }
        return best;
    }
}
