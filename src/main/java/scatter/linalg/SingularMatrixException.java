package scatter.linalg;

/** An LU factorisation found a column with no nonzero pivot: the matrix is singular. */
public final class SingularMatrixException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    private final int order;
    private final int column;

    SingularMatrixException(int order, int column) {
        super("the " + order + " x " + order + " matrix is singular (no pivot in column " + column + ")");
        this.order = order;
        this.column = column;
    }

    /** The matrix's number of rows and columns. */
    public int order() {
        return order;
    }

    /** The first column found without a pivot (0-based). */
    public int column() {
        return column;
    }
}
