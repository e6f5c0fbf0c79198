package scatter.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import scatter.geometry.ContourException;
import scatter.geometry.ContourExpression;
import scatter.geometry.ExpressionException;
import scatter.physics.Incident;
import scatter.physics.LineSource;
import scatter.physics.PlaneWave;
import scatter.physics.exact.curve.Corner;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.ExactModel;
import scatter.physics.exact.curve.CurveNotSmoothException;
import scatter.physics.exact.curve.CurveTooFineException;
import scatter.physics.exact.curve.ObstaclesOverlapException;
import scatter.physics.exact.curve.ObstacleShape;
import scatter.physics.exact.curve.SmoothCurve;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.BoundarySolver;
import scatter.physics.exact.system.NotConvergedException;
import scatter.physics.exact.system.Resolution;
import scatter.physics.exact.system.RowRunner;
import scatter.physics.exact.system.RcipControl;
import scatter.physics.exact.system.ResonanceException;
import scatter.physics.exact.system.rcip.Formulation;
import scatter.physics.exact.system.rcip.RcipBoundary;
import scatter.physics.exact.system.rcip.RcipObstacles;
import scatter.physics.exact.system.rcip.RcipSolver;

/**
 * Solves the exact model's boundary equation for a checked problem, and says in the problem's terms
 * why it cannot be solved: the physics package reports numbers, this class chooses the words (the
 * command line puts the option's name in front).
 */
final class ExactSolve {
    /**
     * Fewest boundary points per wavelength of perimeter any tolerance needs: the doubling starts
     * here, and converged solutions use 13 to 40 (the default obstacle: 16 at 126 wavelengths round,
     * 13 at 315). An obstacle longer than {@link BoundarySolver#MAX_POINTS} / this many wavelengths
     * cannot converge, and is refused before a minute of solving says so.
     */
    static final double MIN_POINTS_PER_WAVELENGTH = 4;

    private ExactSolve() {
    }

    /**
     * @throws InvalidProblemException for a contour with a corner, a cusp or a standstill, with
     *     detail finer than the boundary points can carry, or that crosses itself between the nc
     *     samples (the contour), a fixed count of points too few for its detail (--points), an
     *     expression that fails between the contour's samples (that expression), and a boundary
     *     solution that does not settle (the model)
     */
    static ExactModel solve(Incident wave, ContourExpression x, ContourExpression y, Model model, RowRunner rows)
            throws InterruptedException {
        double wavelengths = Double.NaN;
        try {
            SmoothCurve curve = SmoothCurve.of(x::at, y::at);
            wavelengths = curve.perimeter() / wave.wavelength();
            if (!model.fixedPoints() && wavelengths * MIN_POINTS_PER_WAVELENGTH > BoundarySolver.MAX_POINTS) {
                throw InvalidProblemException.kirchhoffCan(Problem.Input.WAVELENGTH, String.format(Locale.ROOT,
                        "the obstacle's boundary is %.0f wavelengths long, too long for the exact model, which needs"
                                + " at least %.0f boundary points per wavelength and solves with at most %d",
                        wavelengths, MIN_POINTS_PER_WAVELENGTH, BoundarySolver.MAX_POINTS), "a longer wavelength");
            }
            if (wave instanceof LineSource s) {
                SourcePosition.inside(new Problem.Source(s.x(), s.y()), List.of(curve));
            }
            return ExactModel.solve(wave, curve, model.condition(), model.resolution(), rows);
        } catch (ExpressionException e) {
            // the smooth curve samples t far more finely than the nc segments did
            throw new InvalidProblemException(e.expression() == x ? Problem.Input.XC : Problem.Input.YC, e);
        } catch (CurveNotSmoothException e) {
            return rcip(wave, polygonOf(e, x, y, 1, model), e.corners(), model, rows);
        } catch (CurveTooFineException e) {
            throw tooFine(e);
        } catch (ContourException e) {
            // the exact model's own, finer, check that the curve does not cross itself
            throw new InvalidProblemException(Problem.Input.CONTOUR, e);
        } catch (NotConvergedException e) {
            throw notConverged(e, wavelengths);
        }
    }

    /**
     * The polygon of a contour that is not smooth, or the one-line refusal of what the exact model
     * does not solve yet: the one place that decides which contours with corners are solved, so that
     * it is easy to widen. Solved: one obstacle whose corners are not cusps and whose pieces between
     * them are straight or curved ({@link PolygonBoundary#of(java.util.function.DoubleUnaryOperator,
     * java.util.function.DoubleUnaryOperator, List)}), the points per side chosen by --tol. Refused:
     * a contour that is not smooth for another reason ({@link #notSmooth}), a cusp, a curved piece its
     * Chebyshev series does not resolve or that stands still, and a fixed --points. One of several
     * obstacles is solved so too ({@link #solve(Incident, List, Model, RowRunner)}).
     *
     * @param obstacles how many obstacles the problem has (the words are the same for any number)
     */
    static PolygonBoundary polygonOf(CurveNotSmoothException e, ContourExpression x, ContourExpression y, int obstacles,
            Model model) {
        List<Corner> found = e.corners();
        if (found.isEmpty() || found.stream().anyMatch(Corner::cusp)) {
            throw notSmooth(e);
        }
        String listed = listed(found);
        PolygonBoundary polygon = PolygonBoundary.of(x::at, y::at, found);
        if (polygon == null) {
            // the corners are not cusps (refused above): a piece between them is not resolved by its
            // Chebyshev series, stands still, or the pieces are fewer than three straight sides
            return refuse(String.format(Locale.ROOT, "the exact model solves a contour with %s only if each piece"
                    + " between its corners is straight or a curve its Chebyshev series resolves to 1e-13 with at most"
                    + " 4096 intervals, without standing still, and a piece of this one is not", listed),
                    "a smoother contour between the corners");
        }
        if (model.fixedPoints()) {
            throw new InvalidProblemException(Problem.Input.POINTS, String.format(Locale.ROOT, "--points fixes the"
                    + " boundary points of a smooth contour, and this one has %s, whose points per side the exact"
                    + " model doubles until --tol is met; leave --points out", listed));
        }
        return polygon;
    }

    private static PolygonBoundary refuse(String why, String alternative) {
        throw InvalidProblemException.kirchhoffCan(Problem.Input.CONTOUR, why, alternative);
    }

    /**
     * One obstacle whose contour has corners, solved by RCIP, straight sides or curved: a line source checked against it
     * for the panels it needs ({@link SourcePosition#insideForPanels}), then the panels halved until the far field changes by less than --tol
     * ({@link ExactModel#solveByRcip}), at most {@link RcipSolver#MOST_UNKNOWNS} unknowns; a polygon too
     * many wavelengths round for two panel lengths within that, or a solution that does not settle, refused.
     */
    private static ExactModel rcip(Incident wave, PolygonBoundary polygon, List<Corner> corners, Model model,
            RowRunner rows) throws InterruptedException {
        int cap = RcipSolver.MOST_UNKNOWNS;
        BoundaryCondition condition = model.condition();
        double start = RcipControl.startPanelLength(polygon, wave.k(), condition, cap);
        double shortest = polygon.shortestSide();
        if (RcipBoundary.unknowns(polygon, 0.5 * start, condition) > cap && 0.25 * shortest < 0.5 * wave.wavelength()) {
            // the panels are short because a side is, not because the wave is: a longer wavelength would not help
            throw InvalidProblemException.kirchhoffCan(Problem.Input.CONTOUR, String.format(Locale.ROOT,
                    "the contour's shortest side is %s long (%s of its width), and the exact model at corners"
                            + " keeps its panels within a quarter of every side: checking its solution on panels of"
                            + " %s and half that takes %d unknowns, more than the %d it solves with", number(shortest),
                    number(shortest / polygon.size()), number(start),
                    RcipBoundary.unknowns(polygon, 0.5 * start, condition), cap),
                    "a polygon whose sides are less unequal");
        }
        if (RcipBoundary.unknowns(polygon, 0.5 * start, condition) > cap) {
            throw InvalidProblemException.kirchhoffCan(Problem.Input.WAVELENGTH, String.format(Locale.ROOT,
                    "the contour is %.0f wavelengths round, too long for the exact model at corners, which checks its"
                            + " solution on panels of %s and half that (%d unknowns), more than the %d it solves with",
                    polygon.perimeter() / wave.wavelength(), number(start),
                    RcipBoundary.unknowns(polygon, 0.5 * start, condition), cap), "a longer wavelength");
        }
        if (wave instanceof LineSource s) {
            SourcePosition.insideForPanels(new Problem.Source(s.x(), s.y()), polygon, condition, cap);
        }
        return byPanels(() -> ExactModel.solveByRcip(wave, polygon, corners, condition, model.resolution(), cap, rows),
                polygon.perimeter() / wave.wavelength(), "this contour with corners", "the contour is");
    }

    /** One solve by RCIP, of one contour with corners or of several obstacles. */
    private interface PanelSolve {
        ExactModel run() throws InterruptedException;
    }

    /**
     * Runs a solve by RCIP and words its failures: a system too large for the heap, the sound-hard single layer
     * rejected near a resonance with the regularised system not settling, changes that level off, or no
     * settling within the cap.
     *
     * @param wavelengths the boundaries' length in wavelengths
     * @param what "this contour with corners", or "the 2 obstacles"
     * @param round "the contour is", or "the obstacles are" (too many wavelengths round)
     */
    private static ExactModel byPanels(PanelSolve solve, double wavelengths, String what, String round)
            throws InterruptedException {
        int cap = RcipSolver.MOST_UNKNOWNS;
        try {
            return solve.run();
        } catch (SystemTooLargeException e) {
            throw SystemTooLargeException.ofPanels(e, cap);
        } catch (ResonanceException e) {
            String regularised = Double.isNaN(e.change()) ? String.format(Locale.ROOT, "checking it on two panel"
                    + " lengths takes more than the %d unknowns it solves with", e.cap())
                    : String.format(Locale.ROOT, "it did not settle within %d unknowns (its far field still changed by"
                    + " %s; tolerance %s)", e.unknowns(), number(e.change()), number(e.tolerance()));
            throw InvalidProblemException.kirchhoffCan(Problem.Input.WAVELENGTH, String.format(Locale.ROOT, "the"
                    + " sound-hard single-layer equation at corners is too ill-conditioned here (condition ~%s; it"
                    + " loses about 1e-15 per unit of condition, which grows near the contour's interior resonances,"
                    + " the Dirichlet eigenvalues inside it, and on thin shapes) for --tol %s, and so is it with sources inside"
                    + " (condition ~%s): the regularised system, 3 unknowns per node, solves it instead, and %s",
                    number(e.condition()), number(e.tolerance()), number(e.modifiedCondition()), regularised),
                    "a larger --tol", "a wavelength a little longer or shorter");
        } catch (NotConvergedException e) {
            if (!Double.isNaN(e.levelledOff())) {
                throw new InvalidProblemException(Problem.Input.TOLERANCE, String.format(Locale.ROOT, "the boundary"
                        + " solution of %s stopped settling at %d unknowns: its far field"
                        + " changed by %s, then by %s, so its accuracy levels off near %s (rounding), above the"
                        + " tolerance %s; use --tol %s or more", what, e.points(), number(e.levelledOff()),
                        number(e.change()), number(Math.max(e.levelledOff(), e.change())), number(e.tolerance()),
                        number(roundUp(Math.max(e.levelledOff(), e.change())))));
            }
            String unsettled = String.format(Locale.ROOT, "the boundary solution of %s did"
                    + " not settle within %d unknowns (its far field still changed by %s; tolerance %s)", what,
                    e.points(), number(e.change()), number(e.tolerance()));
            double perWavelength = e.points() / wavelengths;
            if (perWavelength >= RESOLVED_PER_WAVELENGTH && !Double.isNaN(e.change())) {
                throw new InvalidProblemException(Problem.Input.TOLERANCE, unsettled + String.format(Locale.ROOT,
                        ": its panels already had %.0f nodes per wavelength, so what is left is not the wavelength"
                                + " but rounding (of the coordinates, or of a shape too fine for the tolerance);"
                                + " use --tol %s or more", perWavelength, number(roundUp(e.change()))));
            }
            throw InvalidProblemException.kirchhoffCan(Problem.Input.MODEL, unsettled + ": " + round + " too many"
                    + " wavelengths round for that tolerance", "a longer wavelength", "a larger --tol");
        }
    }

    /**
     * Nodes per wavelength of perimeter beyond which RCIP's panels resolve the wave many times over (it
     * settles to 1e-12 on panels of a wavelength or half, 16 to 32 nodes): a solution that still does not
     * settle there is held back by rounding, and a longer wavelength would not help.
     */
    private static final double RESOLVED_PER_WAVELENGTH = 128;

    /** "corners (corner at t = 0, interior angle 90.0 deg; ...)", the first few and how many more. */
    static String listed(List<Corner> corners) {
        return (corners.size() == 1 ? "a corner" : "corners") + " (" + listing(corners) + ")";
    }

    /** "corner at t = 0, interior angle 90.0 deg; ...", the first few and how many more. */
    static String listing(List<Corner> corners) {
        List<String> listed = new ArrayList<>();
        for (Corner c : corners.subList(0, Math.min(LISTED_CORNERS, corners.size()))) {
            listed.add(describe(c));
        }
        if (corners.size() > LISTED_CORNERS) {
            listed.add((corners.size() - LISTED_CORNERS) + " more");
        }
        return String.join("; ", listed);
    }

    /** "corner at t = 0.25, interior angle 90.0 deg", as the log lists a corner. */
    static String describe(Corner c) {
        return String.format(Locale.ROOT, "corner at t = %s, interior angle %s deg", cornerParameter(c.t()),
                angle(c.interiorAngle()));
    }

    /**
     * Several obstacles, in order: each obstacle's smooth curve built and checked as {@link #solve}
     * builds one, a failure named by its obstacle ("obstacle 2: ..."), then one boundary system for
     * them all ({@link ExactModel#solve(Incident, List, scatter.physics.exact.system.BoundaryCondition,
     * scatter.physics.exact.system.Resolution, RowRunner)}), which checks on the smooth curves that no two
     * overlap, touch or nest. The cap of {@link BoundarySolver#MAX_POINTS} points is for all the
     * boundaries together: a fixed count is per obstacle, and the boundaries' total length is what
     * the doubling must resolve.
     *
     * @param expressions each obstacle's x(t) and y(t), at least two
     * @throws InvalidProblemException as {@link #solve} for one obstacle, naming the obstacle where
     *     one is at fault (a fixed count whose total exceeds the cap is refused by
     *     {@link Problem#checkNumbers()})
     */
    static ExactModel solve(Incident wave, List<ContourExpression[]> expressions, Model model, RowRunner rows)
            throws InterruptedException {
        int count = expressions.size();
        List<SmoothCurve> curves = new ArrayList<>();
        List<ObstacleShape> shapes = new ArrayList<>();
        boolean anyCorners = false;
        double wavelengths = 0;
        for (int i = 0; i < count; i++) {
            ContourExpression x = expressions.get(i)[0];
            ContourExpression y = expressions.get(i)[1];
            try {
                SmoothCurve curve = SmoothCurve.of(x::at, y::at);
                curves.add(curve);
                shapes.add(ObstacleShape.smooth(curve));
                wavelengths += curve.perimeter() / wave.wavelength();
            } catch (ExpressionException e) {
                throw new InvalidProblemException(e.expression() == x ? Problem.Input.XC : Problem.Input.YC, e)
                        .ofObstacle(i + 1);
            } catch (CurveNotSmoothException e) {
                PolygonBoundary polygon;
                try {
                    polygon = polygonOf(e, x, y, count, model);
                } catch (InvalidProblemException refusal) {
                    throw refusal.ofObstacle(i + 1);
                }
                shapes.add(ObstacleShape.withCorners(polygon, e.corners()));
                anyCorners = true;
                wavelengths += polygon.perimeter() / wave.wavelength();
            }
        }
        if (!model.fixedPoints() && wavelengths * MIN_POINTS_PER_WAVELENGTH > BoundarySolver.MAX_POINTS) {
            throw InvalidProblemException.kirchhoffCan(Problem.Input.WAVELENGTH, String.format(Locale.ROOT,
                    "the %d obstacles' boundaries are %.0f wavelengths long together, too long for the exact model,"
                            + " which needs at least %.0f boundary points per wavelength and solves with at most %d"
                            + " in all", count, wavelengths, MIN_POINTS_PER_WAVELENGTH, BoundarySolver.MAX_POINTS),
                    "a longer wavelength", "fewer obstacles");
        }
        if (anyCorners) {
            return withCorners(wave, shapes, wavelengths, model, rows);
        }
        if (wave instanceof LineSource s) {
            SourcePosition.inside(new Problem.Source(s.x(), s.y()), curves);
        }
        try {
            return ExactModel.solve(wave, curves, model.condition(), model.resolution(), rows);
        } catch (CurveTooFineException e) {
            InvalidProblemException words = tooFine(e);
            int culprit = e.fixed() ? 0 : tooDetailed(curves, e);
            throw culprit > 0 ? words.ofObstacle(culprit) : words;
        } catch (ContourException e) {
            // the exact model's own, finer, check that a curve does not cross itself: whose, in order
            throw new InvalidProblemException(Problem.Input.CONTOUR, e).ofObstacle(crossing(curves));
        } catch (ObstaclesOverlapException e) {
            throw new InvalidProblemException(Problem.Input.CONTOUR, e);
        } catch (NotConvergedException e) {
            throw notConverged(e, count, wavelengths);
        }
    }

    /**
     * Several obstacles of which some have corners, solved together by RCIP ({@link ExactModel#solveShapesByRcip}):
     * refused before solving if even the first two panel lengths exceed the cap, a line source checked against
     * every obstacle for the panels it needs ({@link SourcePosition#insideForPanels(Problem.Source, List,
     * RcipObstacles, BoundaryCondition, int)}), the failures worded as for one contour with corners
     * ({@link #byPanels}) or, for overlapping obstacles and crossing curves, as for smooth ones. Kress's graded
     * mesh ({@link ExactModel#solveShapes}) is no longer taken here: RCIP takes every configuration it took.
     */
    private static ExactModel withCorners(Incident wave, List<ObstacleShape> shapes, double wavelengths, Model model,
            RowRunner rows) throws InterruptedException {
        int count = shapes.size();
        int cap = RcipSolver.MOST_UNKNOWNS;
        BoundaryCondition condition = model.condition();
        RcipObstacles obstacles;
        try {
            obstacles = ExactModel.checkedObstacles(shapes, wave.k());
        } catch (ObstaclesOverlapException e) {
            throw new InvalidProblemException(Problem.Input.CONTOUR, e);
        } catch (ContourException e) {
            throw crossing(shapes, e);
        }
        if (!obstacles.cornersHaveRoom()) {
            throw InvalidProblemException.kirchhoffCan(Problem.Input.CONTOUR, "a corner of one obstacle is too close to"
                    + " another obstacle for the exact model at corners, whose panels there would have no length",
                    "obstacles further apart");
        }
        double start = RcipControl.startPanelLength(obstacles, condition, cap);
        if (obstacles.unknowns(0.5 * start, Formulation.first(condition)) > cap) {
            throw InvalidProblemException.kirchhoffCan(Problem.Input.WAVELENGTH, String.format(Locale.ROOT,
                    "the %d obstacles are %.0f wavelengths round together, too long for the exact model at corners,"
                            + " which checks its solution on panels of %s and half that (%d unknowns), more than the %d"
                            + " it solves with", count, wavelengths, number(start),
                    obstacles.unknowns(0.5 * start, Formulation.first(condition)), cap), "a longer wavelength",
                    "fewer obstacles");
        }
        if (wave instanceof LineSource s) {
            SourcePosition.insideForPanels(new Problem.Source(s.x(), s.y()), shapes, obstacles, condition, cap);
        }
        return byPanels(() -> ExactModel.solveShapesByRcip(wave, obstacles, condition, model.resolution(), cap, rows),
                wavelengths, "the " + count + " obstacles", "the obstacles are");
    }

    /** The words for a smooth curve, of several obstacles, that crosses or touches itself: whose, in order. */
    private static InvalidProblemException crossing(List<ObstacleShape> shapes, ContourException e) {
        int culprit = 0;
        for (int b = 0; b < shapes.size() && culprit == 0; b++) {
            if (shapes.get(b).curve() != null) {
                try {
                    shapes.get(b).curve().requireSimple();
                } catch (ContourException crossing) {
                    culprit = b + 1;
                }
            }
        }
        InvalidProblemException words = new InvalidProblemException(Problem.Input.CONTOUR, e);
        return culprit > 0 ? words.ofObstacle(culprit) : words;
    }

    /**
     * The words for a system of {@code count} obstacles, {@code wavelengths} wavelengths round
     * together, that did not settle within the most points in all, or whose start counts alone
     * leave no room for the doubling that checks them (its change NaN: nothing was solved).
     */
    static InvalidProblemException notConverged(NotConvergedException e, int count, double wavelengths) {
        if (Double.isNaN(e.change())) {
            return InvalidProblemException.kirchhoffCan(Problem.Input.MODEL, String.format(Locale.ROOT,
                    "the %d obstacles start with %d boundary points in all, and checking that their solution settles"
                            + " needs twice as many, more than the %d the exact model solves with", count, e.points(),
                    BoundarySolver.MAX_POINTS), "fewer obstacles");
        }
        String still = Double.isNaN(e.errorEstimate()) ? "it still changed by " + number(e.change())
                : "it changed by " + number(e.change()) + " but its estimated error is " + number(e.errorEstimate());
        String unsettled = String.format(Locale.ROOT, "the boundary solution of the %d obstacles did not settle within"
                + " %d boundary points in all (%s; tolerance %s)", count, e.points(), still, number(e.tolerance()));
        if (wavelengths < 1) {
            return new InvalidProblemException(Problem.Input.MODEL, unsettled + ": a shape is too fine; use smoother"
                    + " contours or a larger --tol");
        }
        return InvalidProblemException.kirchhoffCan(Problem.Input.MODEL, unsettled + ": the obstacles are too many"
                + " wavelengths round together or a shape is too fine", "smoother contours", "a longer wavelength",
                "fewer obstacles", "a larger --tol");
    }

    /**
     * The first obstacle (from 1) whose curve has more modes than the boundary points can carry,
     * as {@code e} says one has; 0 if none matches (the failure is then told unnamed).
     */
    private static int tooDetailed(List<SmoothCurve> curves, CurveTooFineException e) {
        for (int b = 0; b < curves.size(); b++) {
            if (curves.get(b).bandwidth() == e.bandwidth()) {
                return b + 1;
            }
        }
        return 0;
    }

    /** The first obstacle (from 1) whose smooth curve crosses or touches itself. */
    private static int crossing(List<SmoothCurve> curves) {
        for (int b = 0; b < curves.size(); b++) {
            try {
                curves.get(b).requireSimple();
            } catch (ContourException e) {
                return b + 1;
            }
        }
        throw new IllegalStateException("a curve was refused as crossing itself, and none does");
    }

    /**
     * The words for a boundary solution that did not settle within the most points, for a boundary
     * {@code wavelengths} wavelengths long. Only an obstacle of a wavelength or more can blame the
     * wavelength: below, a longer one changes nothing (the equations keep their conditioning as the
     * wavelength grows) and the Kirchhoff approximation is wrong, so only the shape is left.
     */
    static InvalidProblemException notConverged(NotConvergedException e, double wavelengths) {
        String still = Double.isNaN(e.errorEstimate()) ? "it still changed by " + number(e.change())
                : "it changed by " + number(e.change()) + " but its estimated error is " + number(e.errorEstimate());
        String unsettled = String.format(Locale.ROOT, "the boundary solution did not settle within %d boundary points"
                + " (%s; tolerance %s)", e.points(), still, number(e.tolerance()));
        if (wavelengths < 1) {
            return new InvalidProblemException(Problem.Input.MODEL, unsettled + String.format(Locale.ROOT,
                    ": the obstacle's shape is too fine (its boundary is only %s wavelengths long); use a smoother"
                            + " contour or a larger --tol", number(wavelengths)));
        }
        return InvalidProblemException.kirchhoffCan(Problem.Input.MODEL, unsettled + ": the obstacle is too many"
                + " wavelengths round or its shape too fine", "a smoother contour", "a longer wavelength",
                "a larger --tol");
    }

    /** The power of ten at or above {@code value}. */
    private static double roundUp(double value) {
        return Math.pow(10, Math.ceil(Math.log10(value)));
    }

    /** Two significant digits, "1e-12" rather than "1.0e-12". */
    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2g", value).replaceFirst("\\.0(e|$)", "$1");
    }

    /** The words for a contour that is not smooth: where, and what kind of failure. */
    static InvalidProblemException notSmooth(CurveNotSmoothException e) {
        String at = parameter(e.t());
        if (!e.corners().isEmpty()) {
            return corners(e.corners());
        }
        switch (e.kind()) {
            case STANDSTILL:
                return InvalidProblemException.kirchhoffCan(Problem.Input.CONTOUR, String.format(Locale.ROOT,
                        "the exact model needs x(t), y(t) that keep moving, and these stand still at t = %s (their"
                                + " speed falls to %.2g of the fastest) although the curve goes smoothly on there",
                        at, e.speedRatio()), "the same curve traced with a speed that is nowhere zero");
            case CUSP:
                return InvalidProblemException.kirchhoffCan(Problem.Input.CONTOUR, String.format(Locale.ROOT,
                        "the exact model needs a smooth contour and this one is not: it has a cusp at t = %s, where"
                                + " x(t), y(t) stand still (their speed falls to %.2g of the fastest) and the curve"
                                + " turns back", at, e.speedRatio()), "a smoother contour");
            default:
                return InvalidProblemException.kirchhoffCan(Problem.Input.CONTOUR, String.format(Locale.ROOT,
                        "the exact model needs a smooth contour and this one is not: it has a corner or a kink near"
                                + " t = %s (with %d samples the upper half of its Fourier spectrum still holds %.2g of"
                                + " the largest coefficient)", at, e.samples(), e.tailRatio()), "a smoother contour");
        }
    }

    /** Corners listed in the message at most; more are counted. */
    private static final int LISTED_CORNERS = 6;

    /**
     * The words for a contour whose corners were located: a cusp among them (the sides leave it along
     * one line), else every corner with its interior angle, as the log would list them.
     */
    private static InvalidProblemException corners(List<Corner> corners) {
        for (Corner c : corners) {
            if (c.cusp()) {
                return InvalidProblemException.kirchhoffCan(Problem.Input.CONTOUR, String.format(Locale.ROOT,
                        "the exact model needs a smooth contour and this one is not: it has a cusp at t = %s, where"
                                + " its two sides meet at an interior angle of %s deg", cornerParameter(c.t()),
                        angle(c.interiorAngle())), "a contour whose sides meet at an angle");
            }
        }
        List<String> listed = new ArrayList<>();
        for (Corner c : corners.subList(0, Math.min(LISTED_CORNERS, corners.size()))) {
            listed.add(String.format(Locale.ROOT, "corner at t = %s, interior angle %s deg", cornerParameter(c.t()),
                    angle(c.interiorAngle())));
        }
        if (corners.size() > LISTED_CORNERS) {
            listed.add((corners.size() - LISTED_CORNERS) + " more");
        }
        String count = corners.size() == 1 ? "a corner" : "corners";
        return InvalidProblemException.kirchhoffCan(Problem.Input.CONTOUR, String.format(Locale.ROOT,
                "the exact model needs a smooth contour and this one is not: it has %s (%s)", count,
                String.join("; ", listed)), "a smoother contour");
    }

    /** t to six decimals, without trailing zeros: a corner is located to the rounding of t. */
    private static String cornerParameter(double t) {
        double rounded = Math.round(t * 1e6) / 1e6;
        return String.format(Locale.ROOT, "%.6f", rounded >= 1 ? 0 : rounded).replaceFirst("\\.?0+$", "");
    }

    /** An angle in degrees to one decimal, "90.0". */
    private static String angle(double degrees) {
        return String.format(Locale.ROOT, "%.1f", degrees);
    }

    /** The words for a curve with detail finer than the boundary points can carry. */
    static InvalidProblemException tooFine(CurveTooFineException e) {
        String detail = String.format(Locale.ROOT, "x(t), y(t) have Fourier modes up to %d (detail about %s long"
                + " along the boundary)", e.bandwidth(), number(e.detail()));
        if (e.fixed()) {
            return new InvalidProblemException(Problem.Input.POINTS, String.format(Locale.ROOT,
                    "%d boundary points cannot carry this contour: %s, which need more than %d points; use --points"
                            + " %d or more, or leave --points out to choose the count by --tol", e.points(), detail,
                    2 * e.bandwidth(), e.pointsNeeded()));
        }
        return InvalidProblemException.kirchhoffCan(Problem.Input.CONTOUR, String.format(Locale.ROOT,
                "the exact model cannot resolve this contour: %s, finer than its %d boundary points can carry (modes"
                        + " up to %d)", detail, e.points(), e.carried()), "a contour with coarser detail");
    }

    /** t to three decimals, without trailing zeros; 1 is t = 0 again. */
    private static String parameter(double t) {
        double rounded = Math.round(t * 1000) / 1000.0;
        return String.format(Locale.ROOT, "%.3f", rounded >= 1 ? 0 : rounded).replaceFirst("\\.?0+$", "");
    }
}
