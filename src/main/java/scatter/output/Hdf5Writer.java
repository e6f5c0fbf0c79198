package scatter.output;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import scatter.geometry.Grid;
import scatter.physics.Field;

/**
 * HDF5 (written with jhdf, pure Java), readable by h5py, h5dump, ParaView and MATLAB, in the
 * {@link ResultLayout}. A field on a band of rows ({@link Grid#rows}) is written the same way with
 * only the band's rows: {@code y} and the 2D datasets have one row per row of the band. An exact
 * model's result also gets its boundary points and density; a result with a far field (every
 * result the solver writes) its far-field datasets and widths, last.
 */
public final class Hdf5Writer implements FieldWriter {
    private final List<ResultLayout.Boundary> boundary;
    private final ResultLayout.FarField farField;

    /** A writer of the field alone. */
    public Hdf5Writer() {
        this(null, null);
    }

    /**
     * A writer that adds the exact model's boundary solution, if {@code boundary} is not null, and
     * the far field with its attributes, if {@code farField} is not null.
     */
    public Hdf5Writer(List<ResultLayout.Boundary> boundary, ResultLayout.FarField farField) {
        this.boundary = boundary;
        this.farField = farField;
    }

    @Override
    public void write(Field field, Map<String, Object> attributes, Path file) throws IOException {
        Grid grid = field.grid();
        int rows = grid.rowCount(); // ny + 1, or the rows of a part's band
        int cols = grid.nx() + 1;
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            hdf.putDataset(ResultLayout.X, grid.xs());
            hdf.putDataset(ResultLayout.Y, grid.ys());
            for (ResultLayout.Values v : ResultLayout.Values.values()) {
                hdf.putDataset(v.dataset(), rows(v.of(field), rows, cols));
            }
            hdf.putDataset(ResultLayout.INSIDE, rows(field.inside(), rows, cols));
            if (boundary != null) {
                List<String> names = ResultLayout.boundaryDatasets(boundary.size());
                List<double[]> arrays = ResultLayout.boundaryArrays(boundary);
                for (int d = 0; d < names.size(); d++) {
                    hdf.putDataset(names.get(d), arrays.get(d));
                }
            }
            if (farField != null) {
                putFarField(hdf, farField);
            }
            attributes.forEach(hdf::putAttribute);
            if (farField != null) {
                farField.attributes().forEach(hdf::putAttribute);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            // jhdf reports write failures (disk full, file removed) as unchecked exceptions
            throw new IOException("cannot write HDF5 file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The far field's datasets, in the order of {@link ResultLayout#FAR_FIELD_DATASETS}. */
    static void putFarField(WritableHdfFile hdf, ResultLayout.FarField farField) {
        for (int d = 0; d < ResultLayout.FAR_FIELD_DATASETS.size(); d++) {
            hdf.putDataset(ResultLayout.FAR_FIELD_DATASETS.get(d), farField.arrays().get(d));
        }
    }

    private static double[][] rows(double[] flat, int rows, int cols) {
        double[][] out = new double[rows][];
        for (int j = 0; j < rows; j++) {
            out[j] = java.util.Arrays.copyOfRange(flat, j * cols, (j + 1) * cols);
        }
        return out;
    }

    private static int[][] rows(byte[] flat, int rows, int cols) {
        int[][] out = new int[rows][cols];
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < cols; i++) {
                out[j][i] = flat[j * cols + i];
            }
        }
        return out;
    }
}
