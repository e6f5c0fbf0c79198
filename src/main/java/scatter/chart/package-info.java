/**
 * Drawing, below the files that contain pictures: fonts, ticks, labels and PNG encoding shared by
 * the picture of a field ({@link scatter.output.PngWriter}) and the speedup plot
 * ({@link scatter.timing.SpeedupPlot}). Knows nothing of fields or timings.
 */
package scatter.chart;
