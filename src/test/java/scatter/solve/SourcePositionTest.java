package scatter.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.rcip.RcipBoundary;
import scatter.physics.exact.system.rcip.RcipSolver;

/**
 * A line source beside a boundary with corners solved by RCIP: refused before solving when the panels
 * its field needs (about its distance long) take more unknowns than the solve's cap, in words that name
 * the source and a distance that the cap does admit; admitted otherwise.
 */
class SourcePositionTest {
    /** The diamond |x| + |y| = 1. */
    private static final PolygonBoundary DIAMOND = PolygonBoundary.of(new double[] {1, 0, -1, 0},
            new double[] {0, 1, 0, -1});

    /** A point d outside the middle of the side x + y = 1. */
    private static Problem.Source offSide(double d) {
        double c = 0.5 + d / Math.sqrt(2);
        return new Problem.Source(c, c);
    }

    @ParameterizedTest
    @EnumSource(BoundaryCondition.class)
    void aSourceTooCloseForThePanelsIsRefusedWithADistanceTheCapAdmits(BoundaryCondition condition) {
        int cap = RcipSolver.MOST_UNKNOWNS;
        InvalidProblemException e = assertThrows(InvalidProblemException.class,
                () -> SourcePosition.insideForPanels(offSide(0.01), DIAMOND, condition, cap));
        String words = e.getMessage();
        assertTrue(words.contains("is 0.0100 from the boundary of the obstacle"), words);
        assertTrue(words.contains("more than the " + cap + " it solves with"), words);
        Matcher m = Pattern.compile("move the source at least ([0-9.eE+-]+) from the boundary").matcher(words);
        assertTrue(m.find(), words);
        double advised = Double.parseDouble(m.group(1));
        // the advice holds: panels as long as the advised distance fit within the cap, and a source there is admitted
        assertTrue(RcipBoundary.unknowns(DIAMOND, advised, condition) <= cap, String.format(Locale.ROOT, "%g", advised));
        assertEquals(0, SourcePosition.insideForPanels(offSide(advised), DIAMOND, condition, cap));
        // and the refused distance did need more than the cap
        assertTrue(RcipBoundary.unknowns(DIAMOND, 0.01, condition) > cap);
    }

    @ParameterizedTest
    @EnumSource(BoundaryCondition.class)
    void aSourceInsideOrWellOffIsAdmitted(BoundaryCondition condition) {
        assertEquals(1, SourcePosition.insideForPanels(new Problem.Source(0.1, 0.05), DIAMOND, condition,
                RcipSolver.MOST_UNKNOWNS));
        assertEquals(0, SourcePosition.insideForPanels(offSide(0.5), DIAMOND, condition, RcipSolver.MOST_UNKNOWNS));
    }

    @ParameterizedTest
    @EnumSource(BoundaryCondition.class)
    void aSourceOnTheBoundaryIsRefused(BoundaryCondition condition) {
        InvalidProblemException e = assertThrows(InvalidProblemException.class,
                () -> SourcePosition.insideForPanels(new Problem.Source(0.5, 0.5), DIAMOND, condition,
                        RcipSolver.MOST_UNKNOWNS));
        assertTrue(e.getMessage().contains("is on the boundary of the obstacle"), e.getMessage());
    }
}
