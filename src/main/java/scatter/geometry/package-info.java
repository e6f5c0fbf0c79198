/**
 * The shapes, first in the flow: the obstacle's contour from the user's expressions x(t), y(t)
 * ({@link scatter.geometry.ContourExpression}, {@link scatter.geometry.Contour}) with its checks
 * (closed, simple, anticlockwise), the grid of observers ({@link scatter.geometry.Grid}) and bands of
 * its rows ({@link scatter.geometry.RowBand}), and which nodes belong to the obstacle
 * ({@link scatter.geometry.InsideTest}, {@link scatter.geometry.Obstacle}).
 *
 * <p>Uses nothing else of scatter. Problems with the user's input are typed exceptions
 * ({@link scatter.geometry.ContourException}, {@link scatter.geometry.ExpressionException}) that
 * say what is wrong; which option gave it is for the command line to say.
 */
package scatter.geometry;
