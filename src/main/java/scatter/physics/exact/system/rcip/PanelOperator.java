package scatter.physics.exact.system.rcip;

/**
 * The operator M of a boundary integral equation of the second kind, (I + M) u = b, on a
 * {@link PanelMesh}: all a corner's recursion ({@link CornerCompression}) needs, which assembles M on
 * each level's six panels and never a right-hand side. {@link #components()} unknowns per node (the
 * density, or several densities of a block system), unknown c n_node + comp.
 */
interface PanelOperator {
    /** Unknowns per node. */
    int components();

    /** The rows of M belonging to nodes [from, to) into a ((c n) x (c n), row-major, interleaved). */
    void rows(PanelMesh mesh, int from, int to, double[] a);
}
