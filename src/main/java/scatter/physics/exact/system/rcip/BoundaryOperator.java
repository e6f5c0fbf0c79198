package scatter.physics.exact.system.rcip;

import scatter.physics.exact.system.IncidentData;

/**
 * A boundary integral equation of the second kind, (I + M) u = b, discretised on a {@link PanelMesh}:
 * M as a {@link PanelOperator} and b from the incident wave. RCIP needs the identity exactly so; M may
 * be any operator whose kernel the panels' quadrature resolves.
 */
interface BoundaryOperator extends PanelOperator {
    /** b at every node (c n values, interleaved). */
    double[] rightHandSide(PanelMesh mesh, IncidentData incident);
}
