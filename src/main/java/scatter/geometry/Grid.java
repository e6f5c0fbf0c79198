package scatter.geometry;

import java.util.List;

/**
 * The rectangular grid of observation points: (nx + 1) x (ny + 1) nodes
 * x_i = xmin + i (xmax - xmin) / nx, y_j = ymin + j (ymax - ymin) / ny.
 *
 * <p>Convention used everywhere in scatter: fields are stored row-major as [j][i] (ny + 1 rows of
 * nx + 1 values) in flat arrays, and node (i, j) has the flat index k = j (nx + 1) + i.
 *
 * <p>A grid can also stand for one band of rows of a whole grid ({@link #rows(RowBand)}), when a
 * run is split into parts: nx, ny, the bounds and x(i), y(j) stay the whole grid's, so every node
 * has exactly the coordinates it has in the whole grid, but the grid's nodes are only those of
 * rows {@link #firstRow()} ... {@link #firstRow()} + {@link #rowCount()} - 1, and the flat index
 * counts from the band's first node: k = (j - firstRow) (nx + 1) + i.
 */
public final class Grid {
    /** Largest number of nodes a grid may have: field arrays are Java arrays indexed by int. */
    public static final long MAX_NODES = Integer.MAX_VALUE - 8;

    private final int nx;
    private final int ny;
    private final double xmin;
    private final double xmax;
    private final double ymin;
    private final double ymax;
    private final int firstRow;
    private final int rowCount;

    /** The whole grid. */
    public Grid(int nx, int ny, double xmin, double xmax, double ymin, double ymax) {
        if (nx < 1 || ny < 1) {
            throw new IllegalArgumentException("a grid needs at least one cell in each direction");
        }
        if (!(xmin < xmax && ymin < ymax)) {
            throw new IllegalArgumentException("empty grid bounds");
        }
        if ((long) (nx + 1) * (ny + 1) > MAX_NODES) {
            throw new IllegalArgumentException("more than " + MAX_NODES + " grid nodes");
        }
        this.nx = nx;
        this.ny = ny;
        this.xmin = xmin;
        this.xmax = xmax;
        this.ymin = ymin;
        this.ymax = ymax;
        this.firstRow = 0;
        this.rowCount = ny + 1;
    }

    private Grid(Grid whole, int firstRow, int rowCount) {
        this.nx = whole.nx;
        this.ny = whole.ny;
        this.xmin = whole.xmin;
        this.xmax = whole.xmax;
        this.ymin = whole.ymin;
        this.ymax = whole.ymax;
        this.firstRow = firstRow;
        this.rowCount = rowCount;
    }

    /**
     * The band's rows of this grid's whole grid: the same coordinates, only those nodes.
     *
     * @throws IllegalArgumentException if the band has no rows or rows beyond the grid's
     */
    public Grid rows(RowBand band) {
        if (band.rowCount() < 1 || band.endRow() > ny + 1L) {
            throw new IllegalArgumentException("rows " + band.firstRow() + " + " + band.rowCount() + " outside 0.."
                    + ny);
        }
        return new Grid(this, band.firstRow(), band.rowCount());
    }

    /** Row j of the first node of this grid (0 for a whole grid). */
    public int firstRow() {
        return firstRow;
    }

    /** Rows of nodes this grid holds (ny + 1 for a whole grid). */
    public int rowCount() {
        return rowCount;
    }

    /** True if this grid holds every row, false for a band of rows. */
    public boolean isWhole() {
        return rowCount == ny + 1;
    }

    /**
     * The teaching code's grid around a contour: margins of 5 wavelengths on the incoming (-x)
     * side, 3 on +x and -y, 4 on +y.
     */
    public static Grid around(Contour contour, double wavelength, int nx, int ny) {
        return around(List.of(contour), wavelength, nx, ny);
    }

    /**
     * The teaching code's grid around several obstacles: its margins around the bounding box of all
     * their contour points together (for one contour, exactly {@link #around(Contour, double, int,
     * int)}).
     */
    public static Grid around(List<Contour> contours, double wavelength, int nx, int ny) {
        double[] box = Contour.bounds(contours);
        return new Grid(nx, ny, box[0] - 5 * wavelength, box[1] + 3 * wavelength, box[2] - 3 * wavelength,
                box[3] + 4 * wavelength);
    }

    public int nx() {
        return nx;
    }

    public int ny() {
        return ny;
    }

    /** Number of nodes, (nx + 1)(ny + 1) for a whole grid, (nx + 1) rowCount for a band. */
    public int nodes() {
        return (nx + 1) * rowCount;
    }

    public double xmin() {
        return xmin;
    }

    public double xmax() {
        return xmax;
    }

    public double ymin() {
        return ymin;
    }

    public double ymax() {
        return ymax;
    }

    /** x coordinate of column i, 0 &lt;= i &lt;= nx. */
    public double x(int i) {
        return xmin + (xmax - xmin) * i / nx;
    }

    /** y coordinate of row j, 0 &lt;= j &lt;= ny. */
    public double y(int j) {
        return ymin + (ymax - ymin) * j / ny;
    }

    /** x coordinate of the node with flat index k. */
    public double xOf(int k) {
        return x(k % (nx + 1));
    }

    /** y coordinate of the node with flat index k. */
    public double yOf(int k) {
        return y(firstRow + k / (nx + 1));
    }

    /** All column coordinates x_0..x_nx. */
    public double[] xs() {
        double[] xs = new double[nx + 1];
        for (int i = 0; i <= nx; i++) {
            xs[i] = x(i);
        }
        return xs;
    }

    /** The coordinates of this grid's rows: y_0..y_ny for a whole grid, the band's rows for a band. */
    public double[] ys() {
        double[] ys = new double[rowCount];
        for (int r = 0; r < rowCount; r++) {
            ys[r] = y(firstRow + r);
        }
        return ys;
    }
}
