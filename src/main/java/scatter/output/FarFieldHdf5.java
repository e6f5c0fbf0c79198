package scatter.output;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The far field alone as HDF5 ({@code --far-field FILE.h5}): the far-field datasets and attributes
 * of a result file ({@link ResultLayout#FAR_FIELD_DATASETS}, {@link ResultLayout#FAR_FIELD_RESULTS}),
 * under the same names, so that one script reads both, and the inputs as root attributes before
 * them; no grid, no fields. Written through {@link AtomicFile}.
 */
public final class FarFieldHdf5 {
    private FarFieldHdf5() {
    }

    /**
     * Writes {@code farField} to {@code file}, creating or replacing it.
     *
     * @param attributes the run's inputs (and what the exact model's solve found), stored first
     */
    public static void write(ResultLayout.FarField farField, Map<String, Object> attributes, Path file)
            throws IOException {
        write(farField, attributes, file, AtomicFile.NOW);
    }

    /** As {@link #write(ResultLayout.FarField, Map, Path)}, put in place as {@code placement} says. */
    public static void write(ResultLayout.FarField farField, Map<String, Object> attributes, Path file,
            AtomicFile.Placement placement) throws IOException {
        placement.write(file, tmp -> {
            try (WritableHdfFile hdf = HdfFile.write(tmp)) {
                Hdf5Writer.putFarField(hdf, farField);
                attributes.forEach(hdf::putAttribute);
                farField.attributes().forEach(hdf::putAttribute);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (RuntimeException e) {
                // jhdf reports write failures (disk full, file removed) as unchecked exceptions
                throw new IOException("cannot write HDF5 file " + file + ": " + e.getMessage(), e);
            }
        });
    }
}
