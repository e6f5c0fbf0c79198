package scatter.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jhdf.HdfFile;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.TestFiles;
import scatter.physics.Field;

/** Writes HDF5 and reads it back with jhdf's reader. */
class Hdf5WriterTest {
    @TempDir
    Path dir;

    @Test
    void datasetsAndAttributesReadBackUnchanged() throws Exception {
        Field f = TestFields.sample(6, 4);
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("lambda", 0.5);
        attributes.put("nx", 6);
        attributes.put("xc", "cos(2*pi*t)");
        attributes.put("threads", 3);
        Path file = dir.resolve("f.h5");
        new Hdf5Writer().write(f, attributes, file);

        try (HdfFile hdf = new HdfFile(file)) {
            assertArrayEquals(f.grid().xs(), (double[]) hdf.getDatasetByPath("x").getData());
            assertArrayEquals(f.grid().ys(), (double[]) hdf.getDatasetByPath("y").getData());
            assertArrayEquals(new int[] {5, 7}, hdf.getDatasetByPath("scattered_re").getDimensions());
            assertArrayEquals(f.incidentRe(), flatten(hdf.getDatasetByPath("incident_re").getData()));
            assertArrayEquals(f.incidentIm(), flatten(hdf.getDatasetByPath("incident_im").getData()));
            assertArrayEquals(f.scatteredRe(), flatten(hdf.getDatasetByPath("scattered_re").getData()));
            assertArrayEquals(f.scatteredIm(), flatten(hdf.getDatasetByPath("scattered_im").getData()));
            double[] inside = flatten(hdf.getDatasetByPath("inside").getData());
            for (int k = 0; k < inside.length; k++) {
                assertEquals(f.inside()[k], inside[k], "inside at " + k);
            }
        }
        assertEquals(0.5, TestFiles.attribute(file, "lambda"));
        assertEquals(6, TestFiles.attribute(file, "nx"));
        assertEquals(3, TestFiles.attribute(file, "threads"));
        assertEquals("cos(2*pi*t)", TestFiles.attribute(file, "xc"));
    }

    /** A 2D array of any numeric type, row by row, as doubles. */
    static double[] flatten(Object twoD) {
        int rows = Array.getLength(twoD);
        int cols = Array.getLength(Array.get(twoD, 0));
        double[] out = new double[rows * cols];
        for (int j = 0; j < rows; j++) {
            Object row = Array.get(twoD, j);
            for (int i = 0; i < cols; i++) {
                out[j * cols + i] = ((Number) Array.get(row, i)).doubleValue();
            }
        }
        return out;
    }
}
