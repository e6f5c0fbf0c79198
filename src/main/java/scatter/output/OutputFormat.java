package scatter.output;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The result file formats, chosen by the output file's extension. */
public enum OutputFormat {
    HDF5(List.of(".h5", ".hdf5")),
    VTK(List.of(".vtk")),
    PNG(List.of(".png"));

    private final List<String> extensions;

    OutputFormat(List<String> extensions) {
        this.extensions = extensions;
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

    /** A writer for this format. */
    public FieldWriter writer() {
        return switch (this) {
            case HDF5 -> new Hdf5Writer();
            case VTK -> new VtkWriter(VtkWriter.Encoding.BINARY);
            case PNG -> new PngWriter();
        };
    }
}
