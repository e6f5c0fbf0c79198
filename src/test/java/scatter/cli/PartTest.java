package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which part a run computes: --part, a Slurm job array's task, or the whole grid. */
class PartTest {
    /** What Slurm sets in task {@code id} of sbatch --array=0-7. */
    private static Map<String, String> array0to7(String id) {
        return Map.of("SLURM_ARRAY_TASK_ID", id, "SLURM_ARRAY_TASK_MIN", "0", "SLURM_ARRAY_TASK_MAX", "7",
                "SLURM_ARRAY_TASK_STEP", "1", "SLURM_ARRAY_TASK_COUNT", "8", "SLURM_ARRAY_JOB_ID", "1234");
    }

    @Test
    void partOption() {
        assertEquals(Optional.of(new Part(2, 8, "--part 2/8")), Part.resolve("2/8", false, Map.of()));
        assertEquals(new Part(0, 1, "--part 0/1"), Part.resolve(" 0 / 1 ", false, Map.of()).orElseThrow());
    }

    @Test
    void theOptionWinsOverTheJobArray() {
        assertEquals(new Part(1, 3, "--part 1/3"), Part.resolve("1/3", false, array0to7("5")).orElseThrow());
    }

    @Test
    void badPartsAreRefusedNamingTheOption() {
        for (String bad : new String[] {"3/3", "-1/3", "1/0", "1", "a/b", "1/3/4", "", "1/99999999999"}) {
            UsageException e = assertThrows(UsageException.class, () -> Part.resolve(bad, false, Map.of()), bad);
            assertTrue(e.getMessage().startsWith("--part: give I/N"), e.getMessage());
        }
    }

    @Test
    void wholeAndPartTogetherAreRefused() {
        UsageException e = assertThrows(UsageException.class, () -> Part.resolve("1/2", true, Map.of()));
        assertTrue(e.getMessage().startsWith("--whole: "), e.getMessage());
    }

    @Test
    void noArrayNoOptionIsTheWholeGrid() {
        assertEquals(Optional.empty(), Part.resolve(null, false, Map.of("SLURM_JOB_ID", "99")));
    }

    @Test
    void aJobArrayTaskComputesItsBand() {
        assertEquals(new Part(5, 8, "SLURM_ARRAY_TASK_ID=5, SLURM_ARRAY_TASK_COUNT=8"),
                Part.resolve(null, false, array0to7("5")).orElseThrow());
    }

    @Test
    void wholeKeepsTheWholeGridInsideAJobArray() {
        // a parameter sweep: every task solves its own whole problem
        assertEquals(Optional.empty(), Part.resolve(null, true, array0to7("5")));
    }

    @Test
    void arraysNotStartingAtZeroOrWithAStep() {
        // sbatch --array=1-8
        Map<String, String> oneTo8 = Map.of("SLURM_ARRAY_TASK_ID", "1", "SLURM_ARRAY_TASK_MIN", "1",
                "SLURM_ARRAY_TASK_MAX", "8", "SLURM_ARRAY_TASK_COUNT", "8");
        assertEquals(0, Part.resolve(null, false, oneTo8).orElseThrow().index());
        assertEquals(8, Part.resolve(null, false, oneTo8).orElseThrow().count());
        // sbatch --array=0-6:2 has tasks 0, 2, 4, 6
        Map<String, String> stepped = Map.of("SLURM_ARRAY_TASK_ID", "4", "SLURM_ARRAY_TASK_MIN", "0",
                "SLURM_ARRAY_TASK_MAX", "6", "SLURM_ARRAY_TASK_STEP", "2", "SLURM_ARRAY_TASK_COUNT", "4");
        Part p = Part.resolve(null, false, stepped).orElseThrow();
        assertEquals(2, p.index());
        assertEquals(4, p.count());
        // without SLURM_ARRAY_TASK_COUNT (old Slurm), N follows from MIN, MAX and STEP
        Map<String, String> noCount = Map.of("SLURM_ARRAY_TASK_ID", "3", "SLURM_ARRAY_TASK_MIN", "0",
                "SLURM_ARRAY_TASK_MAX", "3");
        assertEquals(new Part(3, 4, "SLURM_ARRAY_TASK_ID=3, SLURM_ARRAY_TASK_MAX=3"),
                Part.resolve(null, false, noCount).orElseThrow());
    }

    @Test
    void aListOfIdsIsRefusedNotGuessed() {
        // sbatch --array=0,3,5: 3 tasks with ids from 0 to 5
        Map<String, String> list = Map.of("SLURM_ARRAY_TASK_ID", "3", "SLURM_ARRAY_TASK_MIN", "0",
                "SLURM_ARRAY_TASK_MAX", "5", "SLURM_ARRAY_TASK_STEP", "1", "SLURM_ARRAY_TASK_COUNT", "3");
        UsageException e = assertThrows(UsageException.class, () -> Part.resolve(null, false, list));
        assertTrue(e.getMessage().startsWith("SLURM_ARRAY_TASK_ID: task 3 of an array that is not a plain range"),
                e.getMessage());
        assertTrue(e.getMessage().contains("--part I/N"), e.getMessage());
    }

    @Test
    void garbledVariablesAreNamed() {
        Map<String, String> env = Map.of("SLURM_ARRAY_TASK_ID", "x", "SLURM_ARRAY_TASK_COUNT", "4");
        UsageException e = assertThrows(UsageException.class, () -> Part.resolve(null, false, env));
        assertTrue(e.getMessage().startsWith("SLURM_ARRAY_TASK_ID: "), e.getMessage());
        Map<String, String> noSize = Map.of("SLURM_ARRAY_TASK_ID", "1");
        e = assertThrows(UsageException.class, () -> Part.resolve(null, false, noSize));
        assertTrue(e.getMessage().contains("--part I/N"), e.getMessage());
    }
}
