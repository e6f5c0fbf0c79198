/**
 * scatter: plane-wave scattering off a 2D obstacle, in parallel on a fixed thread pool.
 *
 * <p>The packages follow the data: options &rarr; contour and grid ({@link scatter.geometry}) &rarr;
 * per-source terms and the kernel per node ({@link scatter.physics}) &rarr; the problem prepared and
 * solved on the pool ({@link scatter.solve}) &rarr; result files ({@link scatter.chart},
 * {@link scatter.output}), split runs ({@link scatter.split}), timings ({@link scatter.timing})
 * &rarr; the commands ({@link scatter.cli}). Each package uses only those before it; this one, the
 * top, holds {@link scatter.Main}: the entry point, the signal handlers and the exit codes.
 */
package scatter;
