package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.TestFiles;
import scatter.output.FieldWriter;
import scatter.output.OutputFormat;
import scatter.physics.PreparedProblem;
import scatter.solve.MemoryEstimate;
import scatter.solve.PreparedModel;
import scatter.solve.Problem;

/**
 * Faults during a run: output that cannot be written, a failing chunk of work, a run too big
 * for the heap. Nothing is lost (an older result of the same name survives) and nothing is
 * half-written.
 */
class FaultTest {
    @TempDir
    Path dir;

    private static final String[] SMALL = {"-nx", "16", "-ny", "16", "-nc", "32"};

    private static String[] args(String... more) {
        return Stream.concat(Stream.of(SMALL), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void diskFullWhileWritingKeepsTheOlderResult() throws Exception {
        Path result = dir.resolve("out.h5");
        Files.writeString(result, "older result");
        // a writer whose stream fails half-way, as on a full disk
        FieldWriter full = (field, attributes, file) -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(new byte[4096]);
                throw new IOException("No space left on device");
            }
        };
        CommandRun r = CommandRun.run(Map.of(), c -> c.writers = (format, boundary, far) -> full, args("-o", result.toString()));
        assertEquals(1, r.exit(), r.allErr());
        assertEquals("scatter: error: could not write " + result + ": No space left on device; no file of this run"
                + " was replaced", r.err().strip());
        assertFalse(r.hasStackTrace(), r.allErr());
        assertEquals("older result", Files.readString(result));
        assertEquals(List.of("out.h5"), TestFiles.names(dir));
    }

    @Test
    void directoryRemovedMidRunIsExit1WithAClearMessage() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("results"));
        Path result = sub.resolve("out.vtk");
        // the directory disappears between the checks before the run and the writing after it
        FieldWriter removing = (field, attributes, file) -> {
            TestFiles.deleteTree(sub);
            OutputFormat.VTK.writer().write(field, attributes, file);
        };
        CommandRun r = CommandRun.run(Map.of(), c -> c.writers = (format, boundary, far) -> removing, args("-o", result.toString()));
        assertEquals(1, r.exit(), r.allErr());
        assertTrue(r.err().startsWith("scatter: error: could not write " + result + ": no such file or directory"),
                r.err());
        assertTrue(r.err().contains("was the directory removed?"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.hasStackTrace(), r.allErr());
        assertEquals(List.of(), TestFiles.names(dir));
    }

    /**
     * The result is written, then the far field cannot be (its directory went away after the checks
     * before the run): neither older file is replaced, and no result line is printed.
     */
    @Test
    void aRunWhoseLastFileFailsReplacesNoneAndPrintsNoResult() throws Exception {
        Path result = dir.resolve("old.h5");
        Files.writeString(result, "older result");
        Path sub = Files.createDirectory(dir.resolve("far"));
        Path far = sub.resolve("ff.csv");
        Files.writeString(far, "older far field");
        CommandRun r = CommandRun.run(Map.of(), c -> c.writers = (format, boundary, stored) -> (field, attributes, file) -> {
            format.writer(boundary, stored).write(field, attributes, file);
            TestFiles.deleteTree(sub);
        }, args("-o", result.toString(), "--far-field", far.toString(), "-checksum", "-save"));
        assertEquals(1, r.exit(), r.allErr());
        assertTrue(r.err().startsWith("scatter: error: could not write " + far + ": no such file or directory"),
                r.err());
        assertTrue(r.err().strip().endsWith("; no file of this run was replaced"), r.err());
        assertEquals("", r.out(), "no checksum or width line for a run that failed");
        assertEquals("older result", Files.readString(result));
        assertEquals(List.of("old.h5"), TestFiles.names(dir), "no frame, no temporary file");
    }

    @Test
    void realWritersReportAFailingFileSystemTheSameWay() throws Exception {
        // /dev/full accepts opening and fails every write with ENOSPC, as a full disk does
        Path devFull = Path.of("/dev/full");
        if (!Files.isWritable(devFull)) {
            return; // not Linux: the failing-stream test above covers the command's handling
        }
        for (OutputFormat format : OutputFormat.values()) {
            FieldWriter toDevFull = (field, attributes, file) -> format.writer().write(field, attributes, devFull);
            Path result = dir.resolve("out" + (format == OutputFormat.VTK ? ".vtk" : ".h5"));
            Files.writeString(result, "older result");
            CommandRun r = CommandRun.run(Map.of(), c -> c.writers = (f, boundary, far) -> toDevFull, args("-o", result.toString()));
            assertEquals(1, r.exit(), format + ": " + r.allErr());
            assertTrue(r.err().startsWith("scatter: error: could not write " + result + ": "), r.err());
            assertTrue(r.err().contains("No space left on device"), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertFalse(r.hasStackTrace(), r.allErr());
            assertEquals("older result", Files.readString(result));
            Files.delete(result);
        }
        assertEquals(List.of(), TestFiles.names(dir));
    }

    @Test
    void aFailingChunkFailsTheRunPromptlyWithItsCauseAndWritesNothing() throws Exception {
        Path result = dir.resolve("out.h5");
        Files.writeString(result, "older result");
        // a grid big enough to take minutes; node 5000 fails at once
        CommandRun r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CommandRun.run(Map.of(), c ->
                c.preparer = (problem, threads, solving) -> {
                    PreparedProblem s = problem.prepare();
                    return new PreparedModel(new PreparedProblem(s.wave(), s.contour(), s.sources(), null, s.grid(),
                            (x, y) -> {
                                if (x == s.grid().xOf(5000) && y == s.grid().yOf(5000)) {
                                    throw new IllegalStateException("node 5000 cannot be computed");
                                }
                                return false;
                            }), null, 0);
                }, "-nx", "1000", "-ny", "1000", "-nc", "1024", "-t", "2", "-o", result.toString()));
        assertEquals(1, r.exit(), r.allErr());
        assertEquals("scatter: error: node 5000 cannot be computed", r.err().strip());
        assertEquals("older result", Files.readString(result));
        assertEquals(List.of("out.h5"), TestFiles.names(dir));
    }

    @Test
    void aRunTooBigForTheHeapIsRefusedUpFrontWithTheMemoryToGive() throws Exception {
        // (20001)^2 nodes need 33 bytes each for the fields and 36 more to write HDF5: 28 GB
        CommandRun r = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> CommandRun.run(Map.of(), "-nx", "20000", "-ny", "20000", "-o", dir.resolve("big.h5").toString()));
        assertEquals(2, r.exit(), r.allErr());
        assertTrue(r.err().startsWith("scatter: -nx/-ny/-nc: this run needs about 25.7 GB of memory (400040001 nodes,"
                + " 128 segments, writing HDF5) but the Java heap has "), r.err());
        assertTrue(r.err().matches("(?s).*java -Xmx[0-9]+g -jar scatter.jar.*"), r.err());
        assertEquals(List.of(), TestFiles.names(dir));
    }

    @Test
    void memoryNeededCountsTheFieldsTheWriterAndTheContour() {
        assertEquals(33, MemoryEstimate.FIELD_BYTES_PER_NODE);
        long nodes = 1_000_000;
        ResultOptions plain = new ResultOptions();
        ResultOptions frames = new ResultOptions();
        frames.save = true;
        assertEquals(nodes * 33 + 129 * 512, MemoryEstimate.bytesNeeded(nodes, 128, plain.writerBytesPerNode(null)));
        assertEquals(nodes * (33 + 36) + 129 * 512,
                MemoryEstimate.bytesNeeded(nodes, 128, plain.writerBytesPerNode(OutputFormat.HDF5)));
        // the frames are written after the result, one at a time: the larger of the two counts
        assertEquals(nodes * (33 + 16) + 129 * 512,
                MemoryEstimate.bytesNeeded(nodes, 128, frames.writerBytesPerNode(OutputFormat.VTK)));
        assertEquals(nodes * (33 + 8) + 129 * 512, MemoryEstimate.bytesNeeded(nodes, 128, frames.writerBytesPerNode(null)));
        // the exact model: its system, a complex matrix factored in place, 16 bytes an entry (1 GiB at
        // 8192 points) and half as much again for the heap to place it, and 10 KB a boundary point
        // for the close evaluation while the field is computed
        assertEquals(24L * 8192 * 8192 + 8192 * 10240, MemoryEstimate.systemBytes(8192));
        assertEquals(nodes * 33 + 129 * 512 + 512 * 10240, MemoryEstimate.bytesNeeded(nodes, 128, 0, 512));
    }

    @Test
    void theDefaultProblemFitsTheTestHeap() {
        Problem p = Problem.defaults();
        ResultOptions frames = new ResultOptions();
        frames.save = true;
        assertTrue(MemoryEstimate.bytesNeeded(p.nodes(), p.nc(), frames.writerBytesPerNode(OutputFormat.HDF5)) < (4 << 20));
    }
}
