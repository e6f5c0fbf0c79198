package scatter.geometry;

/**
 * One of N bands of grid rows, for a run split into N parts (e.g. the tasks of a Slurm job array).
 *
 * <p>Band I of N of a grid with R rows of nodes holds rows floor(I R / N) up to, not including,
 * floor((I + 1) R / N): the bands are contiguous, in order, cover every row exactly once, and
 * their sizes differ by at most one row. With more bands than rows some bands are empty.
 *
 * @param part I, 0 &lt;= I &lt; N
 * @param parts N, the number of bands
 * @param firstRow the band's first row j
 * @param rowCount rows in the band (0 only if there are more bands than rows)
 */
public record RowBand(int part, int parts, int firstRow, int rowCount) {
    public RowBand {
        if (parts < 1 || part < 0 || part >= parts || firstRow < 0 || rowCount < 0) {
            throw new IllegalArgumentException("band " + part + " of " + parts + ", rows " + firstRow + " + " + rowCount);
        }
    }

    /**
     * Band {@code part} of {@code parts} of {@code rows} rows.
     *
     * @throws IllegalArgumentException unless rows &gt;= 0 and 0 &lt;= part &lt; parts
     */
    public static RowBand of(int rows, int part, int parts) {
        if (rows < 0 || parts < 1 || part < 0 || part >= parts) {
            throw new IllegalArgumentException("band " + part + " of " + parts + " of " + rows + " rows");
        }
        int first = boundary(rows, part, parts);
        return new RowBand(part, parts, first, boundary(rows, part + 1, parts) - first);
    }

    /** Band {@code part} of {@code parts} of the rows of a whole grid. */
    public static RowBand of(Grid grid, int part, int parts) {
        return of(grid.ny() + 1, part, parts);
    }

    /** floor(part rows / parts), without overflow. */
    private static int boundary(int rows, int part, int parts) {
        return (int) ((long) part * rows / parts);
    }

    /** The row after the band's last one. */
    public int endRow() {
        return firstRow + rowCount;
    }

    /** E.g. "part 2 of 8 (rows 32-47)", with 0-based part and inclusive row numbers. */
    public String describe() {
        return "part " + part + " of " + parts + " ("
                + (rowCount == 0 ? "no rows" : rowCount == 1 ? "row " + firstRow : "rows " + firstRow + "-" + (endRow() - 1))
                + ")";
    }
}
