package scatter.physics.exact.system.rcip;

import scatter.physics.exact.system.BoundaryCondition;

/**
 * The boundary integral equation a polygon is solved with by RCIP, and its unknowns per node
 * (docs/exact.md, "Corners"): sound-soft the combined field ({@link CombinedField}); sound-hard the
 * single layer, one unknown per node, where its condition allows ({@link RegularisedHard#singleLayer}),
 * else the single layer with sources inside, one ({@link InteriorSources}), else the regularised block
 * system, three ({@link RegularisedHard}).
 */
public enum Formulation {
    /** Sound-soft: u_s = DL phi - i eta SL phi, one unknown per node. */
    COMBINED_FIELD(BoundaryCondition.SOFT, 1, "combined field, 1 unknown per node"),
    /** Sound-hard: u_s = SL phi, phi - K' phi = 2 du_inc/dnu, one unknown per node. */
    SINGLE_LAYER(BoundaryCondition.HARD, 1, "single layer, 1 unknown per node"),
    /**
     * Sound-hard: u_s = SL phi + alpha sum_m G(., y_m) (SL phi)(y_m), sources at points inside
     * ({@link InteriorSources}), one unknown per node: uniquely solvable at every k.
     */
    MODIFIED_SINGLE_LAYER(BoundaryCondition.HARD, 1, "single layer with sources inside (Jones' modification),"
            + " 1 unknown per node"),
    /** Sound-hard: u_s = SL phi + i eta DL S_rho phi, phi, chi = S_rho phi and psi = K_0' phi per node. */
    REGULARISED(BoundaryCondition.HARD, 3, "regularised, 3 unknowns per node");

    private final BoundaryCondition condition;
    private final int components;
    private final String words;

    Formulation(BoundaryCondition condition, int components, String words) {
        this.condition = condition;
        this.components = components;
        this.words = words;
    }

    /** The boundary condition it solves. */
    public BoundaryCondition condition() {
        return condition;
    }

    /** Unknowns per node. */
    public int components() {
        return components;
    }

    /** What the log says of it, e.g. "single layer, 1 unknown per node". */
    public String words() {
        return words;
    }

    /** True for the single layer and its modification: no double layer, one unknown per node. */
    public boolean singleLayer() {
        return this == SINGLE_LAYER || this == MODIFIED_SINGLE_LAYER;
    }

    /** The formulation tried first for a condition: the combined field soft, the single layer hard. */
    public static Formulation first(BoundaryCondition condition) {
        return condition == BoundaryCondition.SOFT ? COMBINED_FIELD : SINGLE_LAYER;
    }
}
