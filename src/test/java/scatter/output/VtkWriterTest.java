package scatter.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.physics.Field;

/** Writes legacy VTK and parses it back with a small reader of the format written here. */
class VtkWriterTest {
    @TempDir
    Path dir;

    /** What a legacy VTK rectilinear-grid file holds. */
    record Vtk(String encoding, int[] dims, double[] x, double[] y, double[] z, Map<String, double[]> data) {
    }

    @Test
    void binaryFileHoldsTheExactArrays() throws IOException {
        Field f = TestFields.sample(5, 3);
        Path file = dir.resolve("f.vtk");
        new VtkWriter(VtkWriter.Encoding.BINARY).write(f, Map.of("lambda", 0.5), file);
        Vtk vtk = read(file);
        assertEquals("BINARY", vtk.encoding());
        checkField(f, vtk);
    }

    @Test
    void asciiFileHoldsTheExactArrays() throws IOException {
        Field f = TestFields.sample(4, 6);
        Path file = dir.resolve("f.vtk");
        new VtkWriter(VtkWriter.Encoding.ASCII).write(f, Map.of(), file);
        Vtk vtk = read(file);
        assertEquals("ASCII", vtk.encoding());
        checkField(f, vtk);
    }

    @Test
    void animationFramesAreTheTotalFieldOverOnePeriod() throws IOException {
        Field f = TestFields.sample(3, 2);
        AnimationFrames.write(f, dir);
        List<Path> files = AnimationFrames.files(dir);
        assertEquals(20, files.size());
        assertEquals("scatter_19.vtk", files.get(19).getFileName().toString());
        for (int it = 0; it < 20; it++) {
            Vtk vtk = read(files.get(it));
            assertEquals(List.of("total"), List.copyOf(vtk.data().keySet()));
            double[] total = vtk.data().get("total");
            double c = Math.cos(-2 * Math.PI * it / 20);
            double s = Math.sin(-2 * Math.PI * it / 20);
            for (int k = 0; k < total.length; k++) {
                double re = f.incidentRe()[k] + f.scatteredRe()[k];
                double im = f.incidentIm()[k] + f.scatteredIm()[k];
                assertEquals(c * re - s * im, total[k], 1e-12 * (1 + Math.abs(re) + Math.abs(im)), "frame " + it);
            }
        }
        try (var stream = Files.list(dir)) {
            assertEquals(20, stream.count(), "no temporary files left");
        }
    }

    private static void checkField(Field f, Vtk vtk) {
        assertArrayEquals(new int[] {f.grid().nx() + 1, f.grid().ny() + 1, 1}, vtk.dims());
        assertArrayEquals(f.grid().xs(), vtk.x());
        assertArrayEquals(f.grid().ys(), vtk.y());
        assertArrayEquals(new double[] {0}, vtk.z());
        assertEquals(List.of("incident_re", "incident_im", "scattered_re", "scattered_im", "total", "inside"),
                List.copyOf(vtk.data().keySet()));
        assertArrayEquals(f.incidentRe(), vtk.data().get("incident_re"));
        assertArrayEquals(f.incidentIm(), vtk.data().get("incident_im"));
        assertArrayEquals(f.scatteredRe(), vtk.data().get("scattered_re"));
        assertArrayEquals(f.scatteredIm(), vtk.data().get("scattered_im"));
        double[] total = vtk.data().get("total");
        for (int k = 0; k < total.length; k++) {
            assertEquals(f.incidentRe()[k] + f.scatteredRe()[k], total[k], 0.0);
            assertEquals(f.inside()[k], vtk.data().get("inside")[k], 0.0);
        }
    }

    /** Reads the legacy VTK subset scatter writes: header, coordinates, SCALARS arrays. */
    static Vtk read(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
                DataInputStream in = new DataInputStream(raw)) {
            assertTrue(line(in).startsWith("# vtk DataFile Version"));
            line(in); // title
            String encoding = line(in);
            assertEquals("DATASET RECTILINEAR_GRID", line(in));
            String[] d = line(in).split(" ");
            assertEquals("DIMENSIONS", d[0]);
            int[] dims = {Integer.parseInt(d[1]), Integer.parseInt(d[2]), Integer.parseInt(d[3])};
            boolean binary = encoding.equals("BINARY");
            double[] x = coordinates(in, "X_COORDINATES", dims[0], binary);
            double[] y = coordinates(in, "Y_COORDINATES", dims[1], binary);
            double[] z = coordinates(in, "Z_COORDINATES", dims[2], binary);
            int points = dims[0] * dims[1] * dims[2];
            assertEquals("POINT_DATA " + points, line(in));
            Map<String, double[]> data = new LinkedHashMap<>();
            for (String header; (header = line(in)) != null; ) {
                if (header.isEmpty()) {
                    continue;
                }
                String[] h = header.split(" ");
                assertEquals("SCALARS", h[0], header);
                assertEquals("double", h[2]);
                assertEquals("LOOKUP_TABLE default", line(in));
                data.put(h[1], values(in, points, binary));
            }
            return new Vtk(encoding, dims, x, y, z, data);
        }
    }

    private static double[] coordinates(DataInputStream in, String keyword, int n, boolean binary)
            throws IOException {
        assertEquals(keyword + " " + n + " double", line(in));
        return values(in, n, binary);
    }

    private static double[] values(DataInputStream in, int n, boolean binary) throws IOException {
        double[] v = new double[n];
        if (binary) {
            for (int i = 0; i < n; i++) {
                v[i] = in.readDouble();
            }
            assertEquals("", line(in), "newline after binary data");
            return v;
        }
        int i = 0;
        while (i < n) {
            for (String token : line(in).trim().split("\\s+")) {
                v[i++] = Double.parseDouble(token);
            }
        }
        return v;
    }

    private static String line(DataInputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            b.append((char) c);
        }
        return c == -1 && b.length() == 0 ? null : new String(b.toString().getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.US_ASCII);
    }
}
