package scatter.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import scatter.geometry.InsideTest;
import scatter.solve.Evaluation;
import scatter.solve.Problem;

/** The result file's attributes, written from a problem and read back into it. */
class ResultLayoutTest {
    private static final Problem PROBLEM = new Problem(0.7, 31, 17, 200, "cos(2*pi*t)", "0.5*sin(2*pi*t)", 123.5,
            InsideTest.Kind.CROSS);

    @Test
    void attributesAreTheInputsInOrderThenTheEvaluationThenThreads() {
        Map<String, Object> a = ResultLayout.attributes(PROBLEM, Evaluation.DIRECT, 4);
        assertEquals(List.of("lambda", "nx", "ny", "nc", "xc", "yc", "angle", "inside_test", "evaluation", "threads"),
                List.copyOf(a.keySet()));
        assertEquals(List.of(0.7, 31, 17, 200, "cos(2*pi*t)", "0.5*sin(2*pi*t)", 123.5, "cross", "direct", 4),
                List.copyOf(a.values()));
        Map<String, Object> fmm = ResultLayout.attributes(PROBLEM, Evaluation.fmm(1e-9), 4);
        assertEquals(List.of("lambda", "nx", "ny", "nc", "xc", "yc", "angle", "inside_test", "evaluation", "fmm_tol",
                "threads"), List.copyOf(fmm.keySet()));
        assertEquals("fmm", fmm.get("evaluation"));
        assertEquals(1e-9, fmm.get("fmm_tol"));
    }

    @Test
    void theStoredEvaluationGivesBackTheEvaluationAndNoneIsTheDirectSum() {
        for (Evaluation e : List.of(Evaluation.DIRECT, Evaluation.fmm(1e-12), Evaluation.fmm(1e-6))) {
            assertEquals(Optional.of(e), ResultLayout.evaluation(ResultLayout.attributes(PROBLEM, e, 2)));
        }
        // a file of a version before the fast multipole method
        assertEquals(Optional.of(Evaluation.DIRECT), ResultLayout.evaluation(ResultLayout.inputs(PROBLEM)));
    }

    @Test
    void anEvaluationOtherThanThoseThisVersionWritesIsNone() {
        List<Map<String, Object>> bad = List.of(Map.of("evaluation", "multigrid"), Map.of("evaluation", "fmm"),
                Map.of("evaluation", "fmm", "fmm_tol", "1e-12"), Map.of("evaluation", "fmm", "fmm_tol", 0.5),
                Map.of("evaluation", "direct", "fmm_tol", 1e-12), Map.of("fmm_tol", 1e-12),
                Map.of("evaluation", 1));
        for (Map<String, Object> stored : bad) {
            assertEquals(Optional.empty(), ResultLayout.evaluation(stored), stored.toString());
        }
    }

    @Test
    void theStoredInputsGiveBackTheProblem() {
        assertEquals(Optional.of(PROBLEM), ResultLayout.problem(ResultLayout.inputs(PROBLEM)));
        assertEquals(Optional.of(Problem.defaults()), ResultLayout.problem(ResultLayout.inputs(Problem.defaults())));
    }

    @Test
    void inputsOtherThanThoseThisVersionWritesGiveNoProblem() {
        Map<String, Object> extra = new LinkedHashMap<>(ResultLayout.inputs(PROBLEM));
        extra.put("colour", "blue");
        assertEquals(Optional.empty(), ResultLayout.problem(extra));
        Map<String, Object> missing = new LinkedHashMap<>(ResultLayout.inputs(PROBLEM));
        missing.remove("angle");
        assertEquals(Optional.empty(), ResultLayout.problem(missing));
        Map<String, Object> wrongType = new LinkedHashMap<>(ResultLayout.inputs(PROBLEM));
        wrongType.put("nx", 31L);
        assertEquals(Optional.empty(), ResultLayout.problem(wrongType));
        Map<String, Object> unknownTest = new LinkedHashMap<>(ResultLayout.inputs(PROBLEM));
        unknownTest.put("inside_test", "ray");
        assertEquals(Optional.empty(), ResultLayout.problem(unknownTest));
    }
}
