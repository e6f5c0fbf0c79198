package scatter.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import scatter.physics.exact.evaluation.FarFieldPattern;

/**
 * The far-field pattern as CSV ({@code --far-field FILE.csv}): the header {@link #COLUMNS}, then one
 * row per direction of the pattern, from 0 degrees anticlockwise. With the scattered field
 * u_s(r, theta) = f(theta) e^{ikr}/sqrt(r) + O(r^{-3/2}) (time factor e^{-i omega t}):
 * <ul>
 *   <li>{@code angle_deg}: theta in degrees, anticlockwise from +x (360 l / L for the L equally
 *     spaced directions a pattern has, so one-degree steps read 0, 1, 2, ...);</li>
 *   <li>{@code f_re}, {@code f_im}: the scattering amplitude f(theta), in sqrt(length);</li>
 *   <li>{@code f_abs2}: |f|^2;</li>
 *   <li>{@code echo_width}: the echo width (2D radar cross section) 2 pi |f|^2, a length;</li>
 *   <li>{@code echo_width_db}: 10 log10(2 pi |f|^2 / lambda), dB relative to the wavelength
 *     (-Infinity where f is 0).</li>
 * </ul>
 * Numbers are written in full (Java's shortest decimal that reads back to the same double, e.g.
 * {@code 0.1}, {@code -1.6092020769807536}, {@code 3.0E-5}), as numpy, pandas and spreadsheets read
 * them. The file is written through {@link AtomicFile}.
 */
public final class FarFieldCsv {
    /** The columns, in order: the header line. */
    public static final List<String> COLUMNS = List.of("angle_deg", "f_re", "f_im", "f_abs2", "echo_width",
            "echo_width_db");

    private FarFieldCsv() {
    }

    /**
     * Writes {@code pattern} to {@code file}, creating or replacing it.
     *
     * @param wavelength lambda of the incident wave, for the dB column
     */
    public static void write(FarFieldPattern pattern, double wavelength, Path file) throws IOException {
        write(pattern, wavelength, file, AtomicFile.NOW);
    }

    /** As {@link #write(FarFieldPattern, double, Path)}, put in place as {@code placement} says. */
    public static void write(FarFieldPattern pattern, double wavelength, Path file, AtomicFile.Placement placement)
            throws IOException {
        placement.write(file, tmp -> {
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                out.write(String.join(",", COLUMNS));
                out.write('\n');
                for (int l = 0; l < pattern.angles().length; l++) {
                    out.write(row(pattern, wavelength, l));
                    out.write('\n');
                }
            }
        });
    }

    /** Row l of the file, without its line end: the values of {@link #COLUMNS} joined by commas. */
    static String row(FarFieldPattern p, double wavelength, int l) {
        return degrees(p.angles(), l) + "," + p.re()[l] + "," + p.im()[l] + "," + p.abs2(l) + "," + p.echoWidth(l) + ","
                + p.echoWidthDb(l, wavelength);
    }

    /**
     * Direction l in degrees: 360 l / L when the angles are the equally spaced 2 pi l / L that
     * {@link scatter.physics.exact.evaluation.FarField} computes (in degrees exactly, where converting the
     * radians would give 4.999999999999999 for 5), else the angle converted.
     */
    static double degrees(double[] angles, int l) {
        int count = angles.length;
        return angles[l] == 2 * Math.PI * l / count ? 360.0 * l / count : Math.toDegrees(angles[l]);
    }
}
