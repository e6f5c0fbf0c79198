package scatter.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.TestFiles;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporary() throws IOException {
        Path target = dir.resolve("result.h5");
        Files.writeString(target, "previous result");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, tmp -> {
            Files.writeString(tmp, "half a fi");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("previous result", Files.readString(target));
        assertEquals(List.of("result.h5"), TestFiles.names(dir));
    }

    @Test
    void aSuccessfulWriteReplacesTheFile() throws IOException {
        Path target = dir.resolve("result.vtk");
        Files.writeString(target, "old");
        AtomicFile.write(target, tmp -> Files.writeString(tmp, "new"));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("result.vtk"), TestFiles.names(dir));
    }

    @Test
    void aGroupReplacesNothingUnlessEveryFileIsWritten() throws IOException {
        Path first = dir.resolve("result.h5");
        Path second = dir.resolve("ff.csv");
        Files.writeString(first, "old result");
        Files.writeString(second, "old far field");
        IOException e = assertThrows(IOException.class, () -> {
            try (AtomicFile.Group group = AtomicFile.group()) {
                group.write(first, tmp -> Files.writeString(tmp, "new result"));
                group.write(second, tmp -> {
                    throw new IOException("disk full");
                });
                group.commit();
            }
        });
        assertEquals("disk full", e.getMessage());
        assertEquals("old result", Files.readString(first));
        assertEquals("old far field", Files.readString(second));
        assertEquals(List.of("ff.csv", "result.h5"), TestFiles.names(dir));

        try (AtomicFile.Group group = AtomicFile.group()) {
            group.write(first, tmp -> Files.writeString(tmp, "new result"));
            group.write(second, tmp -> Files.writeString(tmp, "new far field"));
            assertEquals("old result", Files.readString(first), "nothing in place before the commit");
            group.commit();
        }
        assertEquals("new result", Files.readString(first));
        assertEquals("new far field", Files.readString(second));
        assertEquals(List.of("ff.csv", "result.h5"), TestFiles.names(dir));
    }
}
