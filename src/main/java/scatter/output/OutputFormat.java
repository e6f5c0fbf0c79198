package scatter.output;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The result file formats, chosen by the output file's extension. */
public enum OutputFormat {
    /** The writer holds four float64 row copies and the int inside flags at once. */
    HDF5(List.of(".h5", ".hdf5"), 4 * Double.BYTES + Integer.BYTES),
    /** The writer adds the total field and the inside flags as float64. */
    VTK(List.of(".vtk"), 2 * Double.BYTES),
    /**
     * The writer adds the total field and the sorted copy that sets the colour range (the image
     * itself is a fixed size, a few MB).
     */
    PNG(List.of(".png"), 2 * Double.BYTES);

    private final List<String> extensions;
    private final long bytesPerNode;

    OutputFormat(List<String> extensions, long bytesPerNode) {
        this.extensions = extensions;
        this.bytesPerNode = bytesPerNode;
    }

    /** Memory the writer needs per node while it writes, beyond the field itself. */
    public long bytesPerNode() {
        return bytesPerNode;
    }

    /** The format for a file name, by its extension; empty for an unknown one (see {@link #supported()}). */
    public static Optional<OutputFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (OutputFormat f : values()) {
            for (String ext : f.extensions) {
                if (name.endsWith(ext) && name.length() > ext.length()) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** The supported extensions, e.g. ".h5, .hdf5, .vtk". */
    public static String supported() {
        return Arrays.stream(values()).flatMap(f -> f.extensions.stream()).collect(Collectors.joining(", "));
    }

    /** A writer for this format, of the field alone. */
    public FieldWriter writer() {
        return writer(null, null);
    }

    /**
     * A writer for this format that keeps, where the format can (HDF5), the exact model's boundary
     * solution of each obstacle (if {@code boundary} is not null) and the far field (if {@code farField} is not null).
     * The other formats hold the field only, as before.
     */
    public FieldWriter writer(java.util.List<ResultLayout.Boundary> boundary, ResultLayout.FarField farField) {
        return switch (this) {
            case HDF5 -> new Hdf5Writer(boundary, farField);
            case VTK -> new VtkWriter(VtkWriter.Encoding.BINARY);
            case PNG -> new PngWriter();
        };
    }
}
