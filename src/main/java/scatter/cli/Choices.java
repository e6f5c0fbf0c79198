package scatter.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import scatter.geometry.InsideTest;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.solve.Model;

/**
 * The converters of the options that name one of a few choices ({@code --model}, {@code --bc},
 * {@code --inside-test}): they take the words users type, in any case, and a wrong one is answered
 * in those words ("expected soft or hard, not 'x'"), where picocli would list Java's constants
 * ("[SOFT, HARD]").
 */
final class Choices {
    private Choices() {
    }

    /** {@code --model}: kirchhoff or exact. */
    static final class ModelKind implements ITypeConverter<Model.Kind> {
        @Override
        public Model.Kind convert(String value) {
            return choose(value, Model.Kind.values(), Model.Kind::label);
        }
    }

    /** {@code --bc}: soft or hard. */
    static final class Condition implements ITypeConverter<BoundaryCondition> {
        @Override
        public BoundaryCondition convert(String value) {
            return choose(value, BoundaryCondition.values(), BoundaryCondition::label);
        }
    }

    /** {@code --inside-test}: winding or cross. */
    static final class InsideTestKind implements ITypeConverter<InsideTest.Kind> {
        @Override
        public InsideTest.Kind convert(String value) {
            return choose(value, InsideTest.Kind.values(), InsideTest.Kind::label);
        }
    }

    /** The choice whose label is {@code value}, ignoring case and surrounding blanks. */
    static <E> E choose(String value, E[] choices, Function<E, String> label) {
        String typed = value.strip().toLowerCase(Locale.ROOT);
        for (E choice : choices) {
            if (label.apply(choice).equals(typed)) {
                return choice;
            }
        }
        String words = Arrays.stream(choices).map(label).collect(Collectors.joining(", "));
        int last = words.lastIndexOf(", ");
        throw new TypeConversionException("expected " + (last < 0 ? words
                : words.substring(0, last) + " or " + words.substring(last + 2)) + ", not '" + value + "'");
    }
}
