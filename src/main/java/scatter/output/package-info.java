/**
 * Result files, after the field is solved: the layout of a result defined once
 * ({@link scatter.output.ResultLayout}: datasets and attributes, written and read back), one writer
 * per format behind one interface ({@link scatter.output.FieldWriter}: HDF5, VTK, PNG, chosen by
 * {@link scatter.output.OutputFormat}), the teaching code's animation frames, the far-field pattern
 * as CSV ({@link scatter.output.FarFieldCsv}) and as a polar plot of the echo width
 * ({@link scatter.output.FarFieldPlot}), the picture comparing the Kirchhoff and exact fields
 * ({@link scatter.output.ComparisonPicture}), and
 * {@link scatter.output.AtomicFile}, through which every file is written so that none is ever left
 * half-written.
 */
package scatter.output;
