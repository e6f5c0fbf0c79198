package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.TestFiles;

/**
 * What {@code --model exact} does with contours whose detail or parametrisation it cannot resolve:
 * one line on stderr, exit 2, nothing written, and advice that works when followed; and the
 * boundary points of what it solves lie on the curve the expressions trace.
 */
class ExactCurveCommandTest {
    /** The command line's circle with 60 ripples (docs/exact.md): a hundred times the fine detail of the star. */
    private static final String RIPPLE_X = "(1+(0.5/60)*cos(2*pi*60*t))*cos(2*pi*t)";
    private static final String RIPPLE_Y = "(1+(0.5/60)*cos(2*pi*60*t))*sin(2*pi*t)";

    @TempDir
    Path dir;

    private CommandRun refused(String... args) throws java.io.IOException {
        CommandRun r = CommandRun.run(Map.of(), args);
        assertEquals(2, r.exit(), r.allErr());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.hasStackTrace(), r.allErr());
        assertEquals(List.of(), TestFiles.names(dir));
        return r;
    }

    @Test
    void aParametrisationThatStandsStillIsSaidToAndTheKirchhoffModelTakesIt() throws Exception {
        String[] curve = {"-xc", "cos(2*pi*t**3)", "-yc", "sin(2*pi*t**3)"};
        CommandRun r = refused("--model", "exact", "-q", curve[0], curve[1], curve[2], curve[3], "-o",
                dir.resolve("r.h5").toString());
        assertTrue(r.err().startsWith("scatter: -xc/-yc: the exact model needs x(t), y(t) that keep moving, and these "
                + "stand still at t = 0 (their speed falls to "), r.err());
        assertTrue(r.err().endsWith("although the curve goes smoothly on there; use the Kirchhoff model (--model "
                + "kirchhoff, the default) or the same curve traced with a speed that is nowhere zero\n"), r.err());
        assertEquals(0, CommandRun.run(Map.of(), "-q", curve[0], curve[1], curve[2], curve[3], "--no-output").exit());
        // traced at constant speed, the same circle is solved
        assertEquals(0, CommandRun.run(Map.of(), "--model", "exact", "-q", "-nx", "16", "-ny", "16", "-xc",
                "cos(2*pi*t)", "-yc", "sin(2*pi*t)", "--no-output").exit());
    }

    @Test
    void aCuspIsSaidToBeOne() throws Exception {
        CommandRun r = refused("--model", "exact", "-q", "-xc", "cos(2*pi*t)^3", "-yc", "sin(2*pi*t)^3", "-o",
                dir.resolve("r.h5").toString());
        assertTrue(r.err().startsWith("scatter: -xc/-yc: the exact model needs a smooth contour and this one is not: it "
                + "has a cusp at t = 0"), r.err());
    }

    @Test
    void detailFinerThanTheBoundaryPointsCanCarryIsRefusedBeforeSolvingAndTheKirchhoffModelTakesIt() throws Exception {
        String[] curve = {"-xc", "(1+0.001*cos(2*pi*2200*t))*cos(2*pi*t)", "-yc",
            "(1+0.001*cos(2*pi*2200*t))*sin(2*pi*t)"};
        CommandRun r = refused("--model", "exact", "-q", curve[0], curve[1], curve[2], curve[3], "-o",
                dir.resolve("r.h5").toString());
        assertEquals("scatter: -xc/-yc: the exact model cannot resolve this contour: x(t), y(t) have Fourier modes up "
                + "to 2201 (detail about 0.0025 long along the boundary), finer than its 8192 boundary points can "
                + "carry (modes up to 2047); use the Kirchhoff model (--model kirchhoff, the default) or a contour "
                + "with coarser detail\n", r.err());
        assertEquals(0, CommandRun.run(Map.of(), "-q", curve[0], curve[1], curve[2], curve[3], "--no-output").exit());
    }

    @Test
    void smallLoopsBetweenTheContoursSamplesAreSeen() throws Exception {
        CommandRun r = refused("--model", "exact", "-q", "-xc", "cos(2*pi*t)+0.01*cos(2*pi*257*t)", "-yc",
                "sin(2*pi*t)+0.01*sin(2*pi*257*t)", "-o", dir.resolve("r.h5").toString());
        assertTrue(r.err().startsWith("scatter: -xc/-yc: the contour crosses or touches itself near ("), r.err());
        assertTrue(r.err().endsWith("the obstacle's boundary must be a simple closed curve\n"), r.err());
    }

    @Test
    void aFixedCountTooFewForTheDetailIsRefusedAndTheSuggestedCountIsSolvedOnTheCurvesOwnPoints() throws Exception {
        CommandRun r = refused("--model", "exact", "-q", "--points", "64", "-xc", RIPPLE_X, "-yc", RIPPLE_Y, "-o",
                dir.resolve("r.h5").toString());
        assertEquals("scatter: --points: 64 boundary points cannot carry this contour: x(t), y(t) have Fourier modes "
                + "up to 61 (detail about 0.055 long along the boundary), which need more than 122 points; use "
                + "--points 128 or more, or leave --points out to choose the count by --tol\n", r.err());

        Path h5 = dir.resolve("ripple.h5");
        CommandRun ok = CommandRun.run(Map.of(), "--model", "exact", "-q", "--points", "128", "-nx", "16", "-ny", "16",
                "-xc", RIPPLE_X, "-yc", RIPPLE_Y, "-o", h5.toString());
        assertEquals(0, ok.exit(), ok.allErr());
        try (HdfFile hdf = new HdfFile(h5)) {
            double[] x = (double[]) hdf.getDatasetByPath("boundary_x").getData();
            double[] y = (double[]) hdf.getDatasetByPath("boundary_y").getData();
            assertEquals(128, x.length);
            // (x(t_j), y(t_j)) at t_j = j/128: the 64 samples' interpolant put them 1.6e-2 off
            double size = 2 * (1 + 0.5 / 60);
            for (int j = 0; j < x.length; j++) {
                double t = j / 128.0;
                double radius = 1 + (0.5 / 60) * Math.cos(2 * Math.PI * 60 * t);
                assertEquals(radius * Math.cos(2 * Math.PI * t), x[j], 1e-12 * size);
                assertEquals(radius * Math.sin(2 * Math.PI * t), y[j], 1e-12 * size);
            }
        }
    }
}
