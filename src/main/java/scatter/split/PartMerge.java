package scatter.split;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import scatter.geometry.Grid;
import scatter.geometry.RowBand;
import scatter.output.ResultLayout;
import scatter.physics.Field;
import scatter.solve.Evaluation;
import scatter.solve.Problem;

/**
 * Puts the parts of a split run ({@link PartFile}) back together into the field of the whole grid.
 *
 * <p>Checks, in this order, each failing with a one-line {@link PartException} that names the part:
 * every file is a readable part file; all come from the same run (same inputs, same grid, same
 * number of parts N; a part that differs from the others is named); all were evaluated alike (the
 * same method and, for the fast multipole method, the same tolerance: a field summed to 1e-6 is
 * not one summed to 1e-12; the parts that differ from the most are named, with the options that
 * compute them again as the others were); each holds the rows its I of N
 * stands for; together they hold every band exactly once (a duplicated or missing band is named with
 * its rows); and each one's data match its own SHA-256 checksum. Attributes are checked before any
 * data is read, and the whole field is only returned once every part is in place, so a caller that
 * writes the result writes nothing unless the merge is complete.
 */
public final class PartMerge {
    private PartMerge() {
    }

    /**
     * A set of parts whose attributes passed every check: ready to be assembled.
     *
     * @param headers one per band, in band order
     * @param grid the whole grid
     * @param inputs the run's inputs as the parts store them (lambda, nx, ny, nc, xc, yc, ...)
     * @param evaluation how every part's sum over the sources was evaluated
     * @param threads the threads each part's run used; the largest, if they differed
     */
    public record Plan(List<PartFile.Header> headers, Grid grid, Map<String, Object> inputs, Evaluation evaluation,
            int threads) {
        /** N, the number of parts. */
        public int parts() {
            return headers.size();
        }

        /**
         * The problem the parts were computed for, from the inputs they store: a result written for
         * it has the attributes of a single run's, in the same order and of the same types.
         *
         * @throws PartException if the inputs are not exactly those this version writes
         */
        public Problem problem() {
            return ResultLayout.problem(inputs).orElseThrow(() -> new PartException(headers.get(0).file()
                    + ": its inputs " + inputs + " are not those this version of scatter writes ("
                    + String.join(", ", ResultLayout.attributes(Problem.defaults(), Evaluation.DIRECT, 1).keySet())
                    + "); merge it with the version that computed it"));
        }

        /** {@link #merge()}'s field. */
        public Field assemble() {
            return merge().field();
        }

        /**
         * Reads every part's data into a new field on the whole grid, checking each part against
         * its own checksums, and that every part holds the same far field and, for the exact model,
         * the same boundary solution.
         *
         * @throws PartException naming the first part whose data are damaged or differ
         */
        public Merged merge() {
            Field whole = new Field(grid);
            PartFile.Shared first = null;
            for (PartFile.Header h : headers) {
                PartFile.Shared shared = PartFile.readInto(h, whole);
                if (first == null) {
                    first = shared;
                    continue;
                }
                Path reference = headers.get(0).file();
                if (!sameBoundary(first.boundary(), shared.boundary())) {
                    throw new PartException(h.file() + ": its boundary solution differs from that of " + reference
                            + "; all parts must come from the same inputs and version");
                }
                ResultLayout.FarField a = first.farField();
                ResultLayout.FarField b = shared.farField();
                if (!a.sameAs(b)) {
                    throw new PartException(h.file() + ": its far field differs from that of " + reference
                            + (a.angles() != b.angles() ? " (" + a.angles() + " directions there, " + b.angles()
                            + " here: give every part the same --angles)" : "; all parts must come from the same"
                            + " inputs and version"));
                }
            }
            return new Merged(whole, first.boundary(), first.farField());
        }
    }

    /**
     * The parts put together.
     *
     * @param field the whole grid's field
     * @param boundary the exact model's boundary solution of each obstacle, or null for the
     *     Kirchhoff model
     * @param farField the far field, as every part holds it
     */
    public record Merged(Field field, List<ResultLayout.Boundary> boundary, ResultLayout.FarField farField) {
    }

    /** Whether every obstacle's boundary solution is the same bit for bit in both. */
    private static boolean sameBoundary(List<ResultLayout.Boundary> a, List<ResultLayout.Boundary> b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameBoundary(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameBoundary(ResultLayout.Boundary a, ResultLayout.Boundary b) {
        for (int d = 0; d < a.arrays().size(); d++) {
            if (!Arrays.equals(a.arrays().get(d), b.arrays().get(d))) {
                return false;
            }
        }
        return Double.compare(a.change(), b.change()) == 0 && Double.compare(a.errorEstimate(), b.errorEstimate()) == 0
                && Double.compare(a.coupling(), b.coupling()) == 0;
    }

    /** Reads, checks and merges the part files: {@link #check} and {@link Plan#assemble}. */
    public static Field merge(List<Path> files) {
        return check(files).assemble();
    }

    /**
     * Reads the part files' attributes and checks that they are one complete run.
     *
     * @throws PartException naming the part at fault
     */
    public static Plan check(List<Path> files) {
        if (files.isEmpty()) {
            throw new PartException("no part files given");
        }
        List<PartFile.Header> headers = new ArrayList<>();
        for (Path file : files) {
            headers.add(PartFile.readHeader(file));
        }
        PartFile.Header reference = checkSameRun(headers);
        checkSameEvaluation(headers);
        Grid grid = reference.grid();
        int parts = reference.band().parts();
        for (PartFile.Header h : headers) {
            RowBand expected = RowBand.of(grid, h.band().part(), parts);
            if (!expected.equals(h.band())) {
                throw new PartException(h.file() + ": says it is part " + h.band().part() + " of " + parts
                        + " with rows " + h.band().firstRow() + "-" + (h.band().endRow() - 1) + ", but that part is "
                        + expected.describe() + "; the file is damaged or was not written by scatter --part");
            }
        }
        checkCoverage(headers, grid, parts);
        headers.sort(Comparator.comparingInt(h -> h.band().part()));
        int threads = headers.stream().mapToInt(PartFile.Header::threads).max().orElseThrow();
        return new Plan(List.copyOf(headers), grid, reference.inputs(), reference.evaluation(), threads);
    }

    /**
     * Checks that all parts were evaluated alike: else names those that differ from the evaluation
     * most parts have (the first file's on a tie), and the options that compute them again so.
     */
    private static void checkSameEvaluation(List<PartFile.Header> headers) {
        Map<Evaluation, List<PartFile.Header>> byEvaluation = new LinkedHashMap<>();
        for (PartFile.Header h : headers) {
            byEvaluation.computeIfAbsent(h.evaluation(), k -> new ArrayList<>()).add(h);
        }
        if (byEvaluation.size() == 1) {
            return;
        }
        PartFile.Header reference = byEvaluation.values().stream()
                .max(Comparator.comparingInt(List::size)).orElseThrow().get(0);
        Evaluation wanted = reference.evaluation();
        List<PartFile.Header> odd = headers.stream().filter(h -> !h.evaluation().equals(wanted))
                .sorted(Comparator.comparingInt(h -> h.band().part())).toList();
        throw new PartException(odd.stream().map(h -> h.file() + " " + evaluated(h.evaluation()))
                .collect(Collectors.joining(", ")) + ", but " + reference.file() + " " + evaluated(wanted)
                + ": the parts of a run must be evaluated alike; compute " + odd.stream()
                .map(h -> h.band().describe()).collect(Collectors.joining(", ")) + " again "
                + (wanted.isFmm() ? "with --fmm --fmm-tol " + wanted.tolerance() : "without --fmm")
                + " and the same options otherwise");
    }

    /** How a part was evaluated, in words: "summed directly", "by the fast multipole method to fmm_tol 1.0E-12". */
    private static String evaluated(Evaluation evaluation) {
        return evaluation.isFmm() ? "by the fast multipole method to " + ResultLayout.FMM_TOL + " "
                + evaluation.tolerance() : "summed directly";
    }

    /**
     * Checks that all parts come from one run and returns one of them that stands for it: when they
     * differ, the run most parts come from (the first file's on a tie), so the odd one out is named.
     */
    private static PartFile.Header checkSameRun(List<PartFile.Header> headers) {
        Map<List<Object>, List<PartFile.Header>> runs = new LinkedHashMap<>();
        for (PartFile.Header h : headers) {
            runs.computeIfAbsent(runKey(h), k -> new ArrayList<>()).add(h);
        }
        List<PartFile.Header> majority = runs.values().stream()
                .max(Comparator.comparingInt(List::size)).orElseThrow();
        PartFile.Header reference = majority.get(0);
        for (PartFile.Header h : headers) {
            if (!runKey(h).equals(runKey(reference))) {
                throw new PartException(h.file() + ": not from the same run as " + reference.file() + " ("
                        + difference(reference, h) + "); all parts must come from the same inputs and split");
            }
        }
        return reference;
    }

    private static List<Object> runKey(PartFile.Header h) {
        Grid g = h.grid();
        return List.of(h.inputs(), h.band().parts(), g.xmin(), g.xmax(), g.ymin(), g.ymax());
    }

    /**
     * The first difference between two parts' runs, e.g. "nc = 128 in a.h5 but 256 here": the
     * model, its boundary condition and boundary points first (a Kirchhoff part has no model
     * attribute), then the inputs by name.
     */
    private static String difference(PartFile.Header a, PartFile.Header b) {
        Object ma = a.inputs().get(ResultLayout.MODEL);
        Object mb = b.inputs().get(ResultLayout.MODEL);
        if (!Objects.equals(ma, mb)) {
            return "model = " + showModel(ma) + " in " + a.file() + " but " + showModel(mb) + " here";
        }
        TreeSet<String> rest = new TreeSet<>(a.inputs().keySet());
        rest.addAll(b.inputs().keySet());
        List<String> keys = new ArrayList<>(List.of(ResultLayout.BC, ResultLayout.POINTS));
        rest.removeAll(keys);
        keys.addAll(rest);
        for (String key : keys) {
            Object va = a.inputs().get(key);
            Object vb = b.inputs().get(key);
            if (!Objects.equals(va, vb)) {
                return key + " = " + show(va) + " in " + a.file() + " but " + show(vb) + " here";
            }
        }
        if (a.band().parts() != b.band().parts()) {
            return "split into " + a.band().parts() + " parts there but " + b.band().parts() + " here";
        }
        return "a different grid: x " + a.grid().xmin() + ".." + a.grid().xmax() + ", y " + a.grid().ymin() + ".."
                + a.grid().ymax() + " there but x " + b.grid().xmin() + ".." + b.grid().xmax() + ", y "
                + b.grid().ymin() + ".." + b.grid().ymax() + " here";
    }

    private static String show(Object v) {
        return v == null ? "(none)" : v instanceof String ? "'" + v + "'" : v.toString();
    }

    /** A model as a part stores it: Kirchhoff parts have no model attribute. */
    private static String showModel(Object v) {
        return v == null ? "'kirchhoff'" : show(v);
    }

    /** Every band exactly once: names the duplicated bands, else the missing ones. */
    private static void checkCoverage(List<PartFile.Header> headers, Grid grid, int parts) {
        Map<Integer, List<Path>> byPart = new TreeMap<>();
        for (PartFile.Header h : headers) {
            byPart.computeIfAbsent(h.band().part(), k -> new ArrayList<>()).add(h.file());
        }
        for (Map.Entry<Integer, List<Path>> e : byPart.entrySet()) {
            if (e.getValue().size() > 1) {
                throw new PartException("" + RowBand.of(grid, e.getKey(), parts).describe() + " is given "
                        + e.getValue().size() + " times: " + e.getValue().stream().map(Path::toString)
                        .collect(Collectors.joining(", ")) + "; give each part once");
            }
        }
        List<String> missing = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            if (!byPart.containsKey(part)) {
                missing.add(RowBand.of(grid, part, parts).describe());
            }
        }
        if (!missing.isEmpty()) {
            throw new PartException("missing " + String.join(", ", missing) + "; all " + parts
                    + " parts are needed (compute the missing ones with scatter --part I/" + parts
                    + " and the same options)");
        }
    }
}
