package scatter.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import scatter.physics.Field;

/** Writes a computed field to one file in some format. */
public interface FieldWriter {
    /**
     * Writes {@code field} to {@code file}, creating or replacing it.
     *
     * @param attributes the run's inputs and settings (name to Double, Integer or String), kept in
     *     the file where the format allows
     */
    void write(Field field, Map<String, Object> attributes, Path file) throws IOException;
}
