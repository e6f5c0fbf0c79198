/**
 * Dense linear algebra, below everything else: the complex LU factorisation with partial pivoting
 * that the exact model's boundary systems are solved with ({@link scatter.linalg.ComplexLu}), rows of
 * a product with a real square matrix ({@link scatter.linalg.RowProduct}, the products of the
 * exact model's hard problem at corners), and
 * the one interface through which it runs its work on threads it does not own
 * ({@link scatter.linalg.ParallelRows}).
 *
 * <p>Matrices are EJML's complex row-major layout: one {@code double[]} of n x n entries, entry
 * (i, j) at [2 (i n + j)] (real part) and [2 (i n + j) + 1] (imaginary part). Nothing here knows
 * of physics, files or thread pools; the results are the same bit for bit on any number of
 * threads, because every entry is computed by one range's code in an order that does not depend
 * on the ranges.
 */
package scatter.linalg;
