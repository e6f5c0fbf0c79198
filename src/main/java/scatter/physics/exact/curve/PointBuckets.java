package scatter.physics.exact.curve;

/**
 * Points sorted into square cells no smaller than a reach, so that the points within the reach of
 * a query lie in the 3 x 3 cells around it: "which boundary point is nearest, if any is within
 * reach" costs a bounding-box test for most grid nodes and a handful of distances for the rest.
 * Immutable; safe to share between threads.
 */
final class PointBuckets {
    /** Cells per point at most, so that a small reach does not allocate a huge table. */
    private static final int CELLS_PER_POINT = 4;

    private final double[] x;
    private final double[] y;
    private final double reach;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final double cell;
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
        double size = Math.max(reach, Math.sqrt(width * height / ((double) CELLS_PER_POINT * x.length)));
        cell = size;
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
        for (int rr = Math.max(0, r - 1); rr <= Math.min(rows - 1, r + 1); rr++) {
            for (int cc = Math.max(0, c - 1); cc <= Math.min(columns - 1, c + 1); cc++) {
                int cellIndex = rr * columns + cc;
                for (int p = start[cellIndex]; p < start[cellIndex + 1]; p++) {
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
        return best;
    }
}
