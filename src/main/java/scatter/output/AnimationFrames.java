package scatter.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scatter.physics.Field;

/**
 * The teaching code's {@code -save} output: {@value #FRAMES} frames {@code scatter_0.vtk} ...
 * {@code scatter_19.vtk}, each an ASCII legacy-VTK rectilinear grid holding one point-data array
 * {@code total} = Re(exp(-i 2 pi it / 20) (u_scat + u_inc)), so that existing ParaView and VisIt
 * sessions that animate them keep working.
 */
public final class AnimationFrames {
    /** Number of frames over one period of the wave, as in the teaching code. */
    public static final int FRAMES = 20;
    /** Memory per node while the frames are written, beyond the field: one frame at a time. */
    public static final long BYTES_PER_NODE = Double.BYTES;

    private AnimationFrames() {
    }

    /** The frame files, in order, in {@code directory}. */
    public static List<Path> files(Path directory) {
        List<Path> files = new ArrayList<>();
        for (int it = 0; it < FRAMES; it++) {
            files.add(directory.resolve("scatter_" + it + ".vtk"));
        }
        return files;
    }

    /** Writes all frames into {@code directory}, each file atomically. */
    public static void write(Field field, Path directory) throws IOException {
        write(field, directory, AtomicFile.NOW);
    }

    /** Writes all frames into {@code directory}, put in place as {@code placement} says. */
    public static void write(Field field, Path directory, AtomicFile.Placement placement) throws IOException {
        VtkWriter vtk = new VtkWriter(VtkWriter.Encoding.ASCII);
        List<Path> files = files(directory);
        for (int it = 0; it < FRAMES; it++) {
            double[] total = field.totalReal(it, FRAMES);
            String title = "scatter total field, frame " + it + " of " + FRAMES;
            placement.write(files.get(it), tmp -> vtk.write(field.grid(), title, Map.of(VtkWriter.TOTAL, total), tmp));
        }
    }
}
