package scatter.physics.exact.system.rcip;

/**
 * The six panels ("type b", {@link CornerCompression}) of one level of a corner's dyadic refinement:
 * per side, going out from the corner, of lengths h, h, 2h, h = ell 2^(level - 1 - levels). A
 * straight corner's are its two directions scaled ({@link CornerCompression#typeB}); a corner with
 * a curved side takes each level's panels afresh from the side ({@link CurvedSides}), since a curved
 * corner is not self-similar.
 */
interface CornerGeometry {
    /** The level whose h is {@code scale} ell (scale = 2^(level - 1 - levels)), its panels kept as offsets from the vertex (vx, vy). */
    PanelMesh typeB(double vx, double vy, double scale);
}
