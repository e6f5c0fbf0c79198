package scatter.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A double as Python's {@code repr(float)} writes it, so that the checksums scatter prints read
 * exactly like the teaching code's ({@code print(checksum)}): {@code 4686.33932772557},
 * {@code 2.6411851745050654e-06}, where Java would write {@code 2.6411851745050654E-6}.
 *
 * <p>The rules are CPython's ({@code PyOS_double_to_string} with format code 'r', Python/pystrtod.c,
 * on David Gay's shortest conversion): the fewest significant digits that read back as the same
 * double, the nearer of two such candidates; positional form when the decimal exponent (the value
 * written as 0.d1d2... x 10^e) is from -3 to 16, that is from 1e-4 up to below 1e16, with
 * {@code .0} for a whole number; otherwise {@code d.ddde-05}, with a sign and at least two exponent
 * digits; {@code inf}, {@code -inf}, {@code nan}. Checked against Python's own output for 1600
 * doubles (src/test/scripts/python_repr.py).
 */
public final class PythonFloat {
    /** Digits a double never needs more of to read back as itself. */
    private static final int MAX_DIGITS = 17;

    private PythonFloat() {
    }

    /** {@code value} as Python's {@code repr(value)} writes it. */
    public static String repr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String sign = value < 0 || (value == 0 && 1 / value < 0) ? "-" : "";
        if (value == 0) {
            return sign + "0.0";
        }
        BigDecimal shortest = shortest(Math.abs(value));
        String digits = shortest.unscaledValue().toString().replaceFirst("0+$", "");
        // value = 0.d1d2... x 10^exponent
        int exponent = shortest.precision() - shortest.scale();
        return sign + (exponent < -3 || exponent > 16 ? scientific(digits, exponent - 1)
                : positional(digits, exponent));
    }

    /**
     * The decimal with the fewest significant digits that reads back as {@code x} (positive,
     * finite); of two with as few, the nearer. At each precision only the two decimals either side
     * of x can qualify: any other is farther from x than one of them on the same side.
     */
    private static BigDecimal shortest(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int precision = 1; precision < MAX_DIGITS; precision++) {
            BigDecimal below = exact.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal above = exact.round(new MathContext(precision, RoundingMode.CEILING));
            boolean belowReads = below.doubleValue() == x;
            boolean aboveReads = above.doubleValue() == x;
            if (belowReads && aboveReads) {
                int nearer = exact.subtract(below).compareTo(above.subtract(exact));
                return nearer < 0 || (nearer == 0 && isEven(below)) ? below : above;
            }
            if (belowReads || aboveReads) {
                return belowReads ? below : above;
            }
        }
        return exact.round(new MathContext(MAX_DIGITS, RoundingMode.HALF_EVEN));
    }

    private static boolean isEven(BigDecimal d) {
        return !d.unscaledValue().testBit(0);
    }

    /** d1.d2d3...e-05: a point only if there are digits after it. */
    private static String scientific(String digits, int exponent) {
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String power = Integer.toString(Math.abs(exponent));
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + (power.length() < 2 ? "0" + power : power);
    }

    /** 0.000ddd, ddd.ddd or ddd000.0: at least one digit either side of the point. */
    private static String positional(String digits, int exponent) {
        if (exponent <= 0) {
            return "0." + "0".repeat(-exponent) + digits;
        }
        if (exponent >= digits.length()) {
            return digits + "0".repeat(exponent - digits.length()) + ".0";
        }
        return digits.substring(0, exponent) + "." + digits.substring(exponent);
    }
}
