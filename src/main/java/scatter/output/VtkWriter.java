package scatter.output;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import scatter.geometry.Grid;
import scatter.physics.Field;

/**
 * Legacy VTK ({@code # vtk DataFile Version 3.0}) rectilinear grid with point data, as read by
 * ParaView and VisIt: DIMENSIONS nx+1 ny+1 1, X/Y coordinates of the nodes, Z = 0. Node order is
 * VTK's (x fastest), which is scatter's flat index k = j (nx + 1) + i.
 *
 * <p>{@link Encoding#BINARY} stores values as big-endian float64 (exact, compact, fast);
 * {@link Encoding#ASCII} as text (the teaching code's animation frames are ASCII).
 */
public final class VtkWriter implements FieldWriter {
    /** The point-data array of Re(u_inc + u_scat), here and in the animation frames. */
    public static final String TOTAL = "total";

    /** How the numbers are stored in the file. */
    public enum Encoding { ASCII, BINARY }

    private final Encoding encoding;

    public VtkWriter(Encoding encoding) {
        this.encoding = encoding;
    }

    /**
     * Writes the point-data arrays named as the datasets of the {@link ResultLayout}: the four
     * {@link ResultLayout.Values}, then {@value #TOTAL} (real part of incident + scattered, what one
     * looks at in ParaView) and {@code inside} (as float64).
     */
    @Override
    public void write(Field field, Map<String, Object> attributes, Path file) throws IOException {
        Map<String, double[]> arrays = new LinkedHashMap<>();
        for (ResultLayout.Values v : ResultLayout.Values.values()) {
            arrays.put(v.dataset(), v.of(field));
        }
        arrays.put(TOTAL, field.totalReal(0, 1));
        double[] inside = new double[field.inside().length];
        for (int k = 0; k < inside.length; k++) {
            inside[k] = field.inside()[k];
        }
        arrays.put(ResultLayout.INSIDE, inside);
        write(field.grid(), "scatter " + describe(attributes), arrays, file);
    }

    /** Writes any set of named point-data arrays (one value per node) on the grid. */
    public void write(Grid grid, String title, Map<String, double[]> pointData, Path file) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
            // the title line may hold at most 255 characters and no newline
            String oneLine = title.replaceAll("[\\r\\n]", " ");
            text(out, "# vtk DataFile Version 3.0\n" + oneLine.substring(0, Math.min(255, oneLine.length())) + "\n");
            text(out, encoding + "\nDATASET RECTILINEAR_GRID\n");
            text(out, "DIMENSIONS " + (grid.nx() + 1) + " " + grid.rowCount() + " 1\n");
            text(out, "X_COORDINATES " + (grid.nx() + 1) + " double\n");
            values(out, grid.xs());
            text(out, "Y_COORDINATES " + grid.rowCount() + " double\n");
            values(out, grid.ys());
            text(out, "Z_COORDINATES 1 double\n");
            values(out, new double[] {0.0});
            text(out, "POINT_DATA " + grid.nodes() + "\n");
            for (Map.Entry<String, double[]> e : pointData.entrySet()) {
                text(out, "SCALARS " + e.getKey() + " double 1\nLOOKUP_TABLE default\n");
                values(out, e.getValue());
            }
        }
    }

    private void values(DataOutputStream out, double[] v) throws IOException {
        if (encoding == Encoding.BINARY) {
            for (double d : v) {
                out.writeDouble(d); // DataOutputStream is big-endian, as legacy VTK requires
            }
            text(out, "\n");
            return;
        }
        StringBuilder line = new StringBuilder(256);
        for (int k = 0; k < v.length; k++) {
            line.append(v[k]).append(k % 6 == 5 || k == v.length - 1 ? '\n' : ' ');
            if (line.length() > 200) {
                text(out, line.toString());
                line.setLength(0);
            }
        }
        text(out, line.toString());
    }

    private static void text(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.US_ASCII));
    }

    private static String describe(Map<String, Object> attributes) {
        StringBuilder b = new StringBuilder();
        attributes.forEach((k, v) -> b.append(k).append('=').append(v).append(' '));
        return b.toString().trim();
    }
}
