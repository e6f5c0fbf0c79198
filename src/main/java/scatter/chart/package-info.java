/**
 * Drawing, below the files that contain pictures: fonts, ticks, labels, series colours and PNG
 * encoding ({@link scatter.chart.Chart}), colour maps and their bars ({@link scatter.chart.ColourMap},
 * {@link scatter.chart.ColourBar}), values at the nodes of a grid with the obstacle in grey
 * ({@link scatter.chart.GridPicture}), polar axes ({@link scatter.chart.PolarAxes}) and legends
 * ({@link scatter.chart.Legend}), shared by the pictures of fields ({@link scatter.output.PngWriter}),
 * the far-field plot and the other plots. Knows grids (geometry) but nothing of fields, models or
 * timings: it draws the numbers it is given.
 */
package scatter.chart;
