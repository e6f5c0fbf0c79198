package scatter.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import scatter.physics.FieldDifference;
import scatter.physics.exact.evaluation.FarFieldPattern;

/**
 * What {@code scatter compare} prints: a heading with the inputs, then each model's far-field
 * widths and optical-theorem residual side by side, then the near field's difference, e.g.
 * <pre>
 * Kirchhoff against exact model, sound-hard, lambda = 0.5, incident at 0°, 129 x 129 nodes
 *
 * far field                          Kirchhoff          exact
 * sigma_s                             4.075053       3.680289
 * sigma_ext                                  4       3.680289
 * optical theorem residual              0.0184      -1.09e-15
 *
 * near field: |u_K - u_exact| / max |u_exact|    nodes      max      RMS  relative RMS
 * outside the obstacle                           15189     2.41   0.0907         0.252
 * beyond one wavelength from it                  11873    0.851   0.0833         0.235
 * </pre>
 * (relative RMS: sqrt(sum |u_K - u_exact|^2 / sum |u_exact|^2), see {@link FieldDifference}). With a
 * line source (--source) the heading names it and the sigma_ext and residual rows are left out: the
 * optical theorem is the plane wave's.
 */
final class CompareTable {
    static final String SIGMA_S = "sigma_s";
    static final String SIGMA_EXT = "sigma_ext";
    static final String RESIDUAL = "optical theorem residual";
    static final String OUTSIDE = "outside the obstacle";
    static final String FAR = "beyond one wavelength from it";
    /** The same rows' names for several obstacles. */
    static final String OUTSIDE_SEVERAL = "outside the obstacles";
    static final String FAR_SEVERAL = "beyond one wavelength from them";
    private static final String ROW = "%-30s %14s %14s";
    private static final String NEAR_ROW = "%-44s %7s %8s %8s %13s";

    private CompareTable() {
    }

    /** The lines to print, without line ends, for a problem of {@code obstacles} obstacles. */
    static List<String> lines(String heading, FarFieldPattern kirchhoff, FarFieldPattern exact, FieldDifference d,
            int obstacles) {
        List<String> lines = new ArrayList<>();
        lines.add(heading);
        lines.add("");
        lines.add(String.format(Locale.ROOT, ROW, "far field", "Kirchhoff", "exact"));
        lines.add(String.format(Locale.ROOT, ROW, SIGMA_S, width(kirchhoff.sigmaS()), width(exact.sigmaS())));
        if (!Double.isNaN(exact.sigmaExt())) {
            // a line source has no forward amplitude: the optical theorem is the plane wave's
            lines.add(String.format(Locale.ROOT, ROW, SIGMA_EXT, width(kirchhoff.sigmaExt()), width(exact.sigmaExt())));
            lines.add(String.format(Locale.ROOT, ROW, RESIDUAL, figure(kirchhoff.residual()), figure(exact.residual())));
        }
        lines.add("");
        lines.add(String.format(Locale.ROOT, NEAR_ROW, "near field: |u_K - u_exact| / max |u_exact|", "nodes", "max",
                "RMS", "relative RMS"));
        lines.add(String.format(Locale.ROOT, NEAR_ROW, obstacles == 1 ? OUTSIDE : OUTSIDE_SEVERAL, d.nodes(), figure(d.max()), figure(d.rms()),
                figure(d.relativeRms())));
        lines.add(String.format(Locale.ROOT, NEAR_ROW, obstacles == 1 ? FAR : FAR_SEVERAL, d.farNodes(), figure(d.farMax()), figure(d.farRms()),
                figure(d.farRelativeRms())));
        return lines;
    }

    /** A width to seven significant digits, without trailing zeros: "4.075053", "4". */
    private static String width(double v) {
        return String.format(Locale.ROOT, "%.7g", v).replaceFirst("\\.?0+($|e)", "$1");
    }

    /** Three significant digits: "0.0184", "-1.09e-15", "2.41". */
    private static String figure(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
