package scatter.physics.exact.system.rcip;

import scatter.physics.exact.system.IncidentData;

/**
 * A boundary integral equation of the second kind, (I + M) u = b, discretised on a {@link PanelMesh}:
 * {@link #components()} unknowns per node (the density, or several densities of a block system),
 * unknown c n_node + comp. RCIP needs the identity exactly so; M may be any operator whose kernel the
 * panels' quadrature resolves.
 */
interface BoundaryOperator {
    /** Unknowns per node. */
    int components();

    /** The rows of M belonging to nodes [from, to) into a ((c n) x (c n), row-major, interleaved). */
    void rows(PanelMesh mesh, int from, int to, double[] a);

    /** b at every node (c n values, interleaved). */
    double[] rightHandSide(PanelMesh mesh, IncidentData incident);
}
