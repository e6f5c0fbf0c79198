package scatter.geometry;

/**
 * The rectangular grid of observation points: (nx + 1) x (ny + 1) nodes
 * x_i = xmin + i (xmax - xmin) / nx, y_j = ymin + j (ymax - ymin) / ny.
 *
 * <p>Convention used everywhere in scatter: fields are stored row-major as [j][i] (ny + 1 rows of
 * nx + 1 values) in flat arrays, and node (i, j) has the flat index k = j (nx + 1) + i.
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
    }

    /**
     * The teaching code's grid around a contour: margins of 5 wavelengths on the incoming (-x)
     * side, 3 on +x and -y, 4 on +y.
     */
    public static Grid around(Contour contour, double wavelength, int nx, int ny) {
        return new Grid(nx, ny,
                contour.minX() - 5 * wavelength, contour.maxX() + 3 * wavelength,
                contour.minY() - 3 * wavelength, contour.maxY() + 4 * wavelength);
    }

    public int nx() {
        return nx;
    }

    public int ny() {
        return ny;
    }

    /** Number of nodes, (nx + 1)(ny + 1). */
    public int nodes() {
        return (nx + 1) * (ny + 1);
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
        return y(k / (nx + 1));
    }

    /** All column coordinates x_0..x_nx. */
    public double[] xs() {
        double[] xs = new double[nx + 1];
        for (int i = 0; i <= nx; i++) {
            xs[i] = x(i);
        }
        return xs;
    }

    /** All row coordinates y_0..y_ny. */
    public double[] ys() {
        double[] ys = new double[ny + 1];
        for (int j = 0; j <= ny; j++) {
            ys[j] = y(j);
        }
        return ys;
    }
}
