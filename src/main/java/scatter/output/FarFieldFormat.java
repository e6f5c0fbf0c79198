package scatter.output;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formats of a far-field file ({@code --far-field FILE}), chosen by its extension: the table
 * ({@link FarFieldCsv}), the polar plot ({@link FarFieldPlot}) or HDF5 ({@link FarFieldHdf5}).
 */
public enum FarFieldFormat {
    CSV(List.of(".csv")),
    PNG(List.of(".png")),
    HDF5(List.of(".h5", ".hdf5"));

    private final List<String> extensions;

    FarFieldFormat(List<String> extensions) {
        this.extensions = extensions;
    }

    /** The format for a file name, by its extension; empty for an unknown one. */
    public static Optional<FarFieldFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (FarFieldFormat f : values()) {
            for (String ext : f.extensions) {
                if (name.endsWith(ext) && name.length() > ext.length()) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** The extensions of these formats, e.g. ".csv, .png". */
    public static String supported(List<FarFieldFormat> formats) {
        return formats.stream().flatMap(f -> f.extensions.stream()).collect(Collectors.joining(", "));
    }

    /** The extensions of every format. */
    public static String supported() {
        return supported(Arrays.asList(values()));
    }
}
