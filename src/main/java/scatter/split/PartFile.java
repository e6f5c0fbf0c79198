package scatter.split;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import scatter.geometry.Grid;
import scatter.geometry.RowBand;
import scatter.output.Hdf5Writer;
import scatter.output.ResultLayout;
import scatter.physics.Field;
import scatter.solve.Evaluation;

/**
 * A part file: what one part of a run split into bands of rows ({@code scatter --part I/N})
 * computed, to be put together with the other parts by {@code scatter merge}.
 *
 * <p>It is an HDF5 file in the {@link ResultLayout} of a result file holding only the band's rows:
 * {@code x} (all nx + 1 columns), {@code y} (the band's rows) and the five 2D datasets with one row
 * per row of the band, so h5py reads and plots a part like a small result. Its root attributes are
 * the run's (the inputs, how the sum over the sources was evaluated, {@link ResultLayout#EVALUATION}
 * and, for the FMM, {@link ResultLayout#FMM_TOL}, and threads: the threads of this part's run), and:
 * <ul>
 *   <li>{@code part_format} = 1: this layout;</li>
 *   <li>{@code part}, {@code parts}: I and N;</li>
 *   <li>{@code first_row}, {@code row_count}: the band's rows j of the whole grid;</li>
 *   <li>{@code grid_xmin}, {@code grid_xmax}, {@code grid_ymin}, {@code grid_ymax}: the whole grid's
 *       bounds, so the merged file's coordinates are exactly those of a single run;</li>
 *   <li>{@code sha256}: the SHA-256 digest, as 64 lower-case hex digits, of the part's data as stored,
 *       in this order: x, y, incident_re, incident_im, scattered_re, scattered_im as little-endian
 *       float64, inside as little-endian int32, each 2D dataset row by row (in Python: the
 *       {@code astype("<f8").tobytes()} of the six float datasets, then {@code astype("<i4").tobytes()}
 *       of inside, joined, into {@code hashlib.sha256}); for a part of the exact model, followed by
 *       its {@link ResultLayout#BOUNDARY_DATASETS} as little-endian float64 (with several obstacles,
 *       every obstacle's in order, {@link ResultLayout#boundaryDatasets(int)});</li>
 *   <li>{@code far_field_sha256}: the same digest of its {@link ResultLayout#FAR_FIELD_DATASETS} as
 *       little-endian float64 (kept apart, so that {@code sha256} means what it meant before).</li>
 * </ul>
 * A part of the exact model holds the whole boundary solution (every part solves for it, the same
 * bit for bit), and every part the whole far field with its widths (it depends on the problem
 * only), so the merged file has them as a single run's has ({@link Shared}). A part without a far
 * field comes from a version before it; merge refuses it. A part without an evaluation attribute
 * comes from a version before the fast multipole method, and was summed directly.
 */
public final class PartFile {
    /** Version of this layout, stored as {@code part_format}. */
    public static final int FORMAT = 1;

    static final String FORMAT_KEY = "part_format";
    static final String PART = "part";
    static final String PARTS = "parts";
    static final String FIRST_ROW = "first_row";
    static final String ROW_COUNT = "row_count";
    static final String XMIN = "grid_xmin";
    static final String XMAX = "grid_xmax";
    static final String YMIN = "grid_ymin";
    static final String YMAX = "grid_ymax";
    static final String SHA256 = "sha256";
    static final String FAR_FIELD_SHA256 = "far_field_sha256";
    /** The attributes a part file has beyond a result file's. */
    static final Set<String> PART_KEYS = Set.of(FORMAT_KEY, PART, PARTS, FIRST_ROW, ROW_COUNT, XMIN, XMAX, YMIN, YMAX,
            SHA256, FAR_FIELD_SHA256);
    /** jhdf's own root attribute (library version), in every file it writes. */
    private static final String JHDF_KEY = "_jHDF";

    private PartFile() {
    }

    /** The name a part's file gets unless one is given: {@code scatter-part<I>of<N>.h5}. */
    public static String defaultName(RowBand band) {
        return "scatter-part" + band.part() + "of" + band.parts() + ".h5";
    }

    /**
     * What a part file says about itself, read without its data.
     *
     * @param file where it was read from
     * @param inputs the run's inputs (lambda, nx, ny, ...), without the evaluation, threads and the
     *     part attributes
     * @param evaluation how the part's sum over the sources was evaluated (direct for a part of an
     *     earlier version, which has no such attribute)
     * @param threads the threads the part's run used
     * @param band which rows it holds
     * @param grid the whole grid
     * @param sha256 the stored digest of its data
     * @param farFieldSha256 the stored digest of its far field
     * @param widths its far-field attributes ({@link ResultLayout#FAR_FIELD_RESULTS}), in order
     */
    public record Header(Path file, Map<String, Object> inputs, Evaluation evaluation, int threads, RowBand band,
            Grid grid, String sha256, String farFieldSha256, Map<String, Object> widths) {
    }

    /**
     * What every part of a run holds alike, because it belongs to the problem and not to a band.
     *
     * @param boundary the exact model's boundary solution of each obstacle, in order, or null for the
     *     Kirchhoff model
     * @param farField the far field and its widths
     */
    public record Shared(List<ResultLayout.Boundary> boundary, ResultLayout.FarField farField) {
    }

    /**
     * Writes the field of one band (a field on {@code wholeGrid.rows(band)}) as a part file.
     *
     * @param attributes the run's attributes as a result file would have them (inputs, evaluation and
     *     threads); must include nx and ny
     * @param shared the run's boundary solution (exact model) and far field
     */
    public static void write(Field bandField, RowBand band, Map<String, Object> attributes, Shared shared, Path file)
            throws IOException {
        List<ResultLayout.Boundary> boundary = shared.boundary();
        Grid grid = bandField.grid();
        if (grid.firstRow() != band.firstRow() || grid.rowCount() != band.rowCount()) {
            throw new IllegalArgumentException("the field holds rows " + grid.firstRow() + " + " + grid.rowCount()
                    + ", not " + band.describe());
        }
        Map<String, Object> all = new LinkedHashMap<>(attributes);
        all.put(FORMAT_KEY, FORMAT);
        all.put(PART, band.part());
        all.put(PARTS, band.parts());
        all.put(FIRST_ROW, band.firstRow());
        all.put(ROW_COUNT, band.rowCount());
        all.put(XMIN, grid.xmin());
        all.put(XMAX, grid.xmax());
        all.put(YMIN, grid.ymin());
        all.put(YMAX, grid.ymax());
        byte[] inside = bandField.inside();
        List<double[]> values = new ArrayList<>();
        for (ResultLayout.Values v : ResultLayout.Values.values()) {
            values.add(v.of(bandField));
        }
        all.put(SHA256, sha256(grid.xs(), grid.ys(), values, inside.length, k -> inside[k],
                boundary == null ? List.of() : ResultLayout.boundaryArrays(boundary)));
        all.put(FAR_FIELD_SHA256, sha256(shared.farField().arrays()));
        new Hdf5Writer(boundary, shared.farField()).write(bandField, all, file);
    }

    /**
     * Reads a part file's attributes and checks that they describe a band of a grid.
     *
     * @throws PartException naming the file if it is missing, unreadable or not a part file
     */
    public static Header readHeader(Path file) {
        try (HdfFile hdf = open(file)) {
            Map<String, Object> attributes = new TreeMap<>();
            for (Map.Entry<String, Attribute> e : hdf.getAttributes().entrySet()) {
                if (!e.getKey().equals(JHDF_KEY)) {
                    attributes.put(e.getKey(), scalar(e.getValue().getData()));
                }
            }
            if (!attributes.containsKey(FORMAT_KEY)) {
                throw bad(file, "not a part file (no attribute " + FORMAT_KEY + "); part files are written by "
                        + "scatter --part I/N");
            }
            int format = integer(file, attributes, FORMAT_KEY);
            if (format != FORMAT) {
                throw bad(file, "a part file of layout " + format + ", which this version (layout " + FORMAT
                        + ") cannot read");
            }
            int part = integer(file, attributes, PART);
            int parts = integer(file, attributes, PARTS);
            int firstRow = integer(file, attributes, FIRST_ROW);
            int rowCount = integer(file, attributes, ROW_COUNT);
            int nx = integer(file, attributes, ResultLayout.NX);
            int ny = integer(file, attributes, ResultLayout.NY);
            int threads = integer(file, attributes, ResultLayout.THREADS);
            Object sha = attributes.get(SHA256);
            if (!(sha instanceof String) || !((String) sha).matches("[0-9a-f]{64}")) {
                throw bad(file, "attribute " + SHA256 + " is not a SHA-256 digest");
            }
            if (parts < 1 || part < 0 || part >= parts || nx < 1 || ny < 1 || threads < 1) {
                throw bad(file, "impossible attributes: part " + part + " of " + parts + ", nx " + nx + ", ny " + ny
                        + ", threads " + threads);
            }
            if (firstRow < 0 || rowCount < 1 || (long) firstRow + rowCount > ny + 1L) {
                throw bad(file, "impossible rows " + firstRow + " + " + rowCount + " of a grid of " + (ny + 1) + " rows");
            }
            if (!attributes.containsKey(FAR_FIELD_SHA256)) {
                throw bad(file, "holds no far field: it was written by an earlier version of scatter; compute the"
                        + " parts again with this version");
            }
            Object farSha = attributes.get(FAR_FIELD_SHA256);
            if (!(farSha instanceof String) || !((String) farSha).matches("[0-9a-f]{64}")) {
                throw bad(file, "attribute " + FAR_FIELD_SHA256 + " is not a SHA-256 digest");
            }
            Map<String, Object> widths = new LinkedHashMap<>();
            for (String key : ResultLayout.FAR_FIELD_RESULTS) {
                // a line source's part has sigma_s alone
                if (key.equals(ResultLayout.SIGMA_S) || !attributes.containsKey(ResultLayout.INCIDENT)) {
                    widths.put(key, real(file, attributes, key));
                }
            }
            Grid grid;
            try {
                grid = new Grid(nx, ny, real(file, attributes, XMIN), real(file, attributes, XMAX),
                        real(file, attributes, YMIN), real(file, attributes, YMAX));
            } catch (IllegalArgumentException e) {
                throw bad(file, "impossible grid: " + e.getMessage());
            }
            Evaluation evaluation = ResultLayout.evaluation(attributes).orElseThrow(() -> bad(file, "attributes "
                    + ResultLayout.EVALUATION + " = " + attributes.getOrDefault(ResultLayout.EVALUATION, "(none)")
                    + ", " + ResultLayout.FMM_TOL + " = " + attributes.getOrDefault(ResultLayout.FMM_TOL, "(none)")
                    + " are not an evaluation this version writes: direct, or fmm with its tolerance"));
            Map<String, Object> inputs = new TreeMap<>(attributes);
            inputs.keySet().removeAll(PART_KEYS);
            inputs.keySet().removeAll(ResultLayout.FAR_FIELD_RESULTS);
            inputs.keySet().removeAll(List.of(ResultLayout.THREADS, ResultLayout.EVALUATION, ResultLayout.FMM_TOL));
            return new Header(file, inputs, evaluation, threads, new RowBand(part, parts, firstRow, rowCount), grid,
                    (String) sha, (String) farSha, widths);
        } catch (RuntimeException e) {
            throw asPartException(file, e);
        }
    }

    /**
     * Reads a part's data, checks its shapes, its coordinates and its digest, and copies its rows into
     * their place in {@code whole}, a field on the whole grid.
     *
     * @return what the part holds for the whole run: the exact model's boundary solution (null for a
     *     Kirchhoff part) and the far field
     * @throws PartException naming the file if anything does not match
     */
    public static Shared readInto(Header header, Field whole) {
        Path file = header.file();
        Grid grid = header.grid();
        int cols = grid.nx() + 1;
        int rows = header.band().rowCount();
        try (HdfFile hdf = open(file)) {
            double[] x = doubles(hdf, file, ResultLayout.X, new int[] {cols});
            double[] y = doubles(hdf, file, ResultLayout.Y, new int[] {rows});
            int[] shape = {rows, cols};
            List<double[]> values = new ArrayList<>();
            for (ResultLayout.Values v : ResultLayout.Values.values()) {
                values.add(doubles(hdf, file, v.dataset(), shape));
            }
            int[] inside = ints(hdf, file, ResultLayout.INSIDE, shape);
            List<ResultLayout.Boundary> boundary = boundary(hdf, header);
            String digest = sha256(x, y, values, inside.length, k -> inside[k],
                    boundary == null ? List.of() : ResultLayout.boundaryArrays(boundary));
            if (!digest.equals(header.sha256())) {
                throw bad(file, "its data do not match its SHA-256 checksum: the file is damaged; compute "
                        + header.band().describe() + " again");
            }
            ResultLayout.FarField farField = farField(hdf, header);
            Grid band = grid.rows(header.band());
            if (!Arrays.equals(x, grid.xs()) || !Arrays.equals(y, band.ys())) {
                throw bad(file, "its x/y coordinates are not those of its grid attributes");
            }
            int offset = header.band().firstRow() * cols;
            int obstacles = obstacles(header.inputs());
            for (int k = 0; k < inside.length; k++) {
                if (inside[k] < 0 || inside[k] > obstacles) {
                    throw bad(file, "dataset inside holds " + inside[k] + "; only 0 to " + obstacles + ", the number of"
                            + " its obstacles, are possible");
                }
                whole.inside()[offset + k] = (byte) inside[k];
            }
            for (ResultLayout.Values v : ResultLayout.Values.values()) {
                double[] part = values.get(v.ordinal());
                System.arraycopy(part, 0, v.of(whole), offset, part.length);
            }
            return new Shared(boundary, farField);
        } catch (RuntimeException e) {
            throw asPartException(file, e);
        }
    }

    /** The far field of a part, checked against its digest. */
    private static ResultLayout.FarField farField(HdfFile hdf, Header header) {
        Path file = header.file();
        Node node = hdf.getChildren().get(ResultLayout.FAR_FIELD_ANGLE);
        if (!(node instanceof Dataset)) {
            throw bad(file, "no dataset " + ResultLayout.FAR_FIELD_ANGLE + "; not a complete part file");
        }
        int[] shape = ((Dataset) node).getDimensions();
        if (shape.length != 1 || shape[0] < 1) {
            throw bad(file, "dataset " + ResultLayout.FAR_FIELD_ANGLE + " has shape " + Arrays.toString(shape)
                    + ", not one of directions");
        }
        List<double[]> arrays = new ArrayList<>();
        for (String name : ResultLayout.FAR_FIELD_DATASETS) {
            arrays.add(doubles(hdf, file, name, shape));
        }
        if (!sha256(arrays).equals(header.farFieldSha256())) {
            throw bad(file, "its far field does not match its " + FAR_FIELD_SHA256 + " checksum: the file is damaged;"
                    + " compute " + header.band().describe() + " again");
        }
        Map<String, Object> w = header.widths();
        return new ResultLayout.FarField(arrays.get(0), arrays.get(1), arrays.get(2),
                (Double) w.get(ResultLayout.SIGMA_S), orNaN(w.get(ResultLayout.SIGMA_EXT)),
                orNaN(w.get(ResultLayout.RESIDUAL)));
    }

    /** A stored width, or NaN where there is none (a line source's pattern has no optical theorem). */
    private static double orNaN(Object width) {
        return width == null ? Double.NaN : (Double) width;
    }

    /** The SHA-256 digest, in hex, of {@code arrays} as little-endian float64, one after the other. */
    static String sha256(List<double[]> arrays) {
        return digest(arrays, 0, k -> 0, List.of());
    }

    /** How many obstacles the inputs have: 1, and one more for each xc_i after xc. */
    private static int obstacles(Map<String, Object> inputs) {
        int i = 1;
        while (inputs.containsKey(ResultLayout.xcOf(i + 1))) {
            i++;
        }
        return i;
    }

    /**
     * The exact model's boundary datasets of every obstacle of a part whose attributes say it is
     * one, in order; else null.
     */
    private static List<ResultLayout.Boundary> boundary(HdfFile hdf, Header header) {
        if (!header.inputs().containsKey(ResultLayout.MODEL)) {
            return null;
        }
        Path file = header.file();
        Object coupling = header.inputs().get(ResultLayout.COUPLING);
        List<ResultLayout.Boundary> all = new ArrayList<>();
        for (int i = 1; i <= obstacles(header.inputs()); i++) {
            String pointsKey = ResultLayout.ofObstacle(ResultLayout.POINTS, i);
            String changeKey = ResultLayout.ofObstacle(ResultLayout.CHANGE, i);
            String estimateKey = ResultLayout.ofObstacle(ResultLayout.ERROR_ESTIMATE, i);
            Object points = header.inputs().get(pointsKey);
            Object change = header.inputs().get(changeKey);
            Object estimate = header.inputs().get(estimateKey);
            if (!(points instanceof Integer) || (Integer) points < 1 || !(change instanceof Double)
                    || !(estimate instanceof Double) || !(coupling instanceof Double)) {
                throw bad(file, "an exact-model part needs the attributes " + pointsKey + " (an integer), "
                        + changeKey + ", " + estimateKey + " and " + ResultLayout.COUPLING + " (float64)");
            }
            int[] shape = {(Integer) points};
            List<double[]> arrays = new ArrayList<>();
            for (String name : ResultLayout.BOUNDARY_DATASETS) {
                arrays.add(doubles(hdf, file, ResultLayout.ofObstacle(name, i), shape));
            }
            all.add(new ResultLayout.Boundary((Double) change, (Double) estimate, (Double) coupling, arrays.get(0),
                    arrays.get(1), arrays.get(2), arrays.get(3)));
        }
        return all;
    }

    /** The digest of a Kirchhoff part: {@link #sha256(double[], double[], List, int, IntUnaryOperator, List)} without boundary. */
    static String sha256(double[] x, double[] y, List<double[]> values, int insideCount, IntUnaryOperator inside) {
        return sha256(x, y, values, insideCount, inside, List.of());
    }

    /**
     * The SHA-256 digest, in hex, of the datasets in the order of {@link ResultLayout#DATASETS}: x, y
     * and the values as little-endian float64, then the {@code insideCount} inside flags
     * {@code inside.applyAsInt(k)} as little-endian int32, then the exact model's boundary arrays
     * (none for a Kirchhoff part) as little-endian float64.
     */
    static String sha256(double[] x, double[] y, List<double[]> values, int insideCount, IntUnaryOperator inside,
            List<double[]> boundary) {
        List<double[]> floats = new ArrayList<>(List.of(x, y));
        floats.addAll(values);
        return digest(floats, insideCount, inside, boundary);
    }

    /**
     * The SHA-256 digest, in hex, of the float64 arrays {@code floats}, then {@code insideCount}
     * int32 values {@code inside.applyAsInt(k)}, then the float64 arrays {@code after}, all
     * little-endian.
     */
    private static String digest(List<double[]> floats, int insideCount, IntUnaryOperator inside,
            List<double[]> after) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (double[] a : floats) {
            for (double v : a) {
                if (buf.remaining() < Double.BYTES) {
                    flush(md, buf);
                }
                buf.putDouble(v);
            }
        }
        for (int k = 0; k < insideCount; k++) {
            if (buf.remaining() < Integer.BYTES) {
                flush(md, buf);
            }
            buf.putInt(inside.applyAsInt(k));
        }
        for (double[] a : after) {
            for (double v : a) {
                if (buf.remaining() < Double.BYTES) {
                    flush(md, buf);
                }
                buf.putDouble(v);
            }
        }
        flush(md, buf);
        return HexFormat.of().formatHex(md.digest());
    }

    private static void flush(MessageDigest md, ByteBuffer buf) {
        buf.flip();
        md.update(buf);
        buf.clear();
    }

    private static HdfFile open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw bad(file, Files.exists(file) ? "not a regular file" : "no such file");
        }
        return new HdfFile(file);
    }

    private static double[] doubles(HdfFile hdf, Path file, String name, int[] shape) {
        Dataset d = dataset(hdf, file, name, shape);
        if (d.getJavaType() != double.class) {
            throw bad(file, "dataset " + name + " holds " + d.getJavaType() + ", not float64");
        }
        return (double[]) d.getDataFlat();
    }

    private static int[] ints(HdfFile hdf, Path file, String name, int[] shape) {
        Dataset d = dataset(hdf, file, name, shape);
        if (d.getJavaType() != int.class) {
            throw bad(file, "dataset " + name + " holds " + d.getJavaType() + ", not int32");
        }
        return (int[]) d.getDataFlat();
    }

    private static Dataset dataset(HdfFile hdf, Path file, String name, int[] shape) {
        Node node = hdf.getChildren().get(name);
        if (!(node instanceof Dataset)) {
            throw bad(file, "no dataset " + name + "; not a complete part file");
        }
        Dataset d = (Dataset) node;
        if (!Arrays.equals(d.getDimensions(), shape)) {
            throw bad(file, "dataset " + name + " has shape " + Arrays.toString(d.getDimensions()) + ", not "
                    + Arrays.toString(shape) + " as its attributes say");
        }
        return d;
    }

    private static Object scalar(Object data) {
        return data != null && data.getClass().isArray() && java.lang.reflect.Array.getLength(data) == 1
                ? java.lang.reflect.Array.get(data, 0) : data;
    }

    private static int integer(Path file, Map<String, Object> attributes, String key) {
        Object v = attributes.get(key);
        if (v instanceof Integer || v instanceof Long && (Long) v == ((Long) v).intValue()) {
            return ((Number) v).intValue();
        }
        throw bad(file, v == null ? "no attribute " + key : "attribute " + key + " is not an integer: " + v);
    }

    private static double real(Path file, Map<String, Object> attributes, String key) {
        Object v = attributes.get(key);
        if (v instanceof Double) {
            return (Double) v;
        }
        throw bad(file, v == null ? "no attribute " + key : "attribute " + key + " is not a float64: " + v);
    }

    private static PartException bad(Path file, String problem) {
        return new PartException(file + ": " + problem);
    }

    /** Our own messages pass through; jhdf's failures on a damaged file become one line naming it. */
    private static PartException asPartException(Path file, RuntimeException e) {
        if (e instanceof PartException) {
            return (PartException) e;
        }
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new PartException(file + ": cannot read it as an HDF5 part file ("
                + why.lines().findFirst().orElse("") + ")", e);
    }
}
