package scatter;

import io.jhdf.HdfFile;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** What the tests do with files: list a directory, remove one, damage one, read an HDF5 attribute. */
public final class TestFiles {
    private TestFiles() {
    }

    /** The names of the files in a directory, hidden ones (temporaries) included, sorted. */
    public static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Deletes a directory and everything in it. */
    public static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * Flips the lowest bit of a float64 value where the file stores it (little-endian, as HDF5
     * stores float64 here), as a failing disk or copy might.
     *
     * @throws AssertionError if the value is not in the file
     */
    public static void flipLowestBit(Path file, double value) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] pattern = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(value).array();
        for (int i = 0; i + 8 <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + 8, pattern, 0, 8)) {
                bytes[i] ^= 1;
                Files.write(file, bytes);
                return;
            }
        }
        throw new AssertionError(value + " is not stored in " + file);
    }

    /** A root attribute of an HDF5 file, a scalar unwrapped from jhdf's one-element array. */
    public static Object attribute(Path h5, String name) {
        try (HdfFile hdf = new HdfFile(h5)) {
            Object data = hdf.getAttribute(name).getData();
            return data.getClass().isArray() ? Array.get(data, 0) : data;
        }
    }

    /** A dataset of an HDF5 file, flattened (a primitive array). */
    public static Object dataset(Path h5, String name) {
        try (HdfFile hdf = new HdfFile(h5)) {
            return hdf.getDatasetByPath(name).getDataFlat();
        }
    }

    /** A dataset of doubles of an HDF5 file, flattened. */
    public static double[] doubles(Path h5, String name) {
        return (double[]) dataset(h5, name);
    }
}
