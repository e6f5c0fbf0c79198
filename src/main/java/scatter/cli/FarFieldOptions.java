package scatter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;
import scatter.output.AtomicFile;
import scatter.output.FarFieldCsv;
import scatter.output.FarFieldFormat;
import scatter.output.FarFieldHdf5;
import scatter.output.FarFieldPlot;
import scatter.output.PythonFloat;
import scatter.output.ResultLayout;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.solve.PreparedModel;
import scatter.solve.Problem;

/**
 * The solver's far-field options, {@code --far-field FILE} and {@code --angles N}: their checks
 * before computing, the width line on stdout and the far-field file. {@code scatter compare} has
 * options of the same names (its file is a plot only) and shares the checks.
 */
final class FarFieldOptions {
    static final int DEFAULT_ANGLES = 360;
    /** 0.0036 degrees apart: finer than any plot or table needs. */
    static final int MAX_ANGLES = 100_000;
    /** The line on stdout with --far-field, up to the number. */
    static final String WIDTH_LABEL = "Total scattering width: ";
    /**
     * Terms (direction x source) the far field may sum when that is more than the field's own
     * (node x source) pairs: about half a minute on one core.
     */
    static final double MAX_TERMS = 1e9;

    @Option(names = "--far-field", paramLabel = "FILE",
            description = "Also write the far-field pattern f(theta), u_scat ~ f e^{ikr}/sqrt(r), at --angles "
                    + "directions: .csv (angle_deg, f_re, f_im, f_abs2, echo_width, echo_width_db), .png (a polar "
                    + "plot of the echo width in dB) or .h5 (the pattern, sigma_s, sigma_ext, the optical theorem's "
                    + "residual); and print the total scattering width. HDF5 results hold the far field anyway.")
    Path file;

    @Option(names = "--angles", paramLabel = "N",
            description = "Directions of the far field, 360/N degrees apart from 0 (default: ${DEFAULT-VALUE}; at "
                    + "most " + MAX_ANGLES + "). sigma_s is computed on as many directions as it needs, whatever N.")
    int angles = DEFAULT_ANGLES;

    /** Fails unless 1 &lt;= --angles &lt;= {@value #MAX_ANGLES}. */
    static void checkAngles(int angles) {
        if (angles < 1 || angles > MAX_ANGLES) {
            throw new UsageException("--angles: the number of far-field directions must be from 1 to " + MAX_ANGLES
                    + ", not " + angles);
        }
    }

    /**
     * Checks a far-field file before computing: its format is one of {@code formats}, it can be
     * written, and it is none of the run's other files.
     */
    static FarFieldFormat checkFile(Path far, List<FarFieldFormat> formats, OutputFiles outputs) {
        FarFieldFormat format = FarFieldFormat.of(far).filter(formats::contains).orElseThrow(() -> new UsageException(
                "--far-field: cannot tell the format of '" + far + "'; supported extensions: "
                        + FarFieldFormat.supported(formats)));
        outputs.add("--far-field", far);
        return format;
    }

    /**
     * The solver's checks before computing.
     *
     * @param outputs the run's other files
     */
    void check(OutputFiles outputs) {
        checkAngles(angles);
        if (file != null) {
            checkFile(file, List.of(FarFieldFormat.values()), outputs);
        }
    }

    /**
     * Warns, once every check has passed (a refusal comes alone), of --angles given for a run that
     * keeps no far field.
     *
     * @param holdsFarField whether the result (HDF5, or a part) holds the far field
     */
    void warnIfUnheld(boolean holdsFarField, Log log) {
        if (file == null && angles != DEFAULT_ANGLES && !holdsFarField) {
            log.warn("--angles {}: nothing holds the far field; give --far-field FILE, or an .h5 result", angles);
        }
    }

    /**
     * Whether a run computes the far field: when a file holds it, and always for the exact model,
     * whose self-check it is.
     */
    boolean wanted(boolean holdsFarField, Problem problem) {
        return file != null || holdsFarField || problem.model().isExact();
    }

    /**
     * Fails, before the field is computed, if the far field would cost more than the field and more
     * than {@value #MAX_TERMS} terms: an obstacle very many wavelengths round on a coarse grid.
     */
    static void checkWork(PreparedModel model, int angles, long nodes) {
        double terms = model.farFieldTerms(angles);
        int sources = model.points();
        if (terms > Math.max(MAX_TERMS, (double) nodes * sources)) {
            String sum = String.format(Locale.ROOT, "the far field would sum %.1e terms (directions x %d %s), too"
                    + " many to compute", terms, sources, model.exact() == null ? "segments" : "boundary points");
            throw new UsageException((double) angles * sources > MAX_TERMS ? "--angles: " + sum + "; ask for fewer"
                    + " directions" : "-lambda: " + sum + ": the obstacle is too many wavelengths round; write -o"
                    + " FILE.vtk or FILE.png, which hold no far field, without --far-field, or use a longer wavelength");
        }
    }

    /** The model's far field at --angles directions; logs the optical theorem's residual. */
    FarFieldPattern compute(PreparedModel model, Problem problem, Log log) {
        FarFieldPattern pattern = model.farField(angles);
        ModelLog.farField(problem, pattern, log);
        return pattern;
    }

    /** With --far-field, prints the width line (after the checksum line if any). */
    void printWidth(FarFieldPattern pattern, PrintWriter out) {
        if (file != null) {
            out.println(WIDTH_LABEL + PythonFloat.repr(pattern.sigmaS()));
            out.flush();
        }
    }

    /** For the log line after writing: " and the far field ff.csv" with --far-field, else nothing. */
    String written() {
        return file == null ? "" : " and the far field " + file;
    }

    /**
     * With --far-field: writes the file into the run's group of files.
     *
     * @param attributes the run's inputs (and the exact model's results), for an HDF5 file
     */
    void write(FarFieldPattern pattern, Problem problem, PreparedModel model, Map<String, Object> attributes,
            AtomicFile.Group files) throws IOException {
        if (file == null) {
            return;
        }
        boolean exact = problem.model().isExact();
        Writes.inGroup(file, () -> {
            switch (FarFieldFormat.of(file).orElseThrow()) {
                case CSV -> FarFieldCsv.write(pattern, problem.wavelength(), file, files);
                case PNG -> FarFieldPlot.write(file, FarFieldPlot.title(exact ? "exact model" : "Kirchhoff model",
                        problem.model().condition(), problem.wavelength(), problem.angle(), problem.source()),
                        model.problem().wave(),
                        List.of(new FarFieldPlot.Curve(label(exact), pattern)), files);
                case HDF5 -> FarFieldHdf5.write(ResultLayout.FarField.of(pattern), attributes, file, files);
            }
        });
    }

    /** A model's name in a plot's legend. */
    static String label(boolean exact) {
        return exact ? "exact" : "Kirchhoff (physical optics)";
    }
}
