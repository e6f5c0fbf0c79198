package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.TestFiles;

/**
 * {@code scatter compare} against the independent implementation's figures for the default case
 * (docs/exact.md): the exact sigma_s 3.680289481167096 and a residual near 1e-15; the Kirchhoff
 * model's sigma_s 4.0751, its residual 1.84 %, its field off by 0.25 in the relative RMS sense (0.235
 * beyond a wavelength); its sigma_ext exactly 4, from the shadow's forward amplitude -2 + 2i.
 */
class CompareCommandTest {
    @TempDir
    Path dir;

    /** The two numbers of a far-field row of the table, e.g. "sigma_s". */
    static double[] farRow(CommandRun r, String name) {
        String line = row(r, name);
        String[] cells = line.substring(30).trim().split("\\s+");
        assertEquals(2, cells.length, line);
        return new double[] {Double.parseDouble(cells[0]), Double.parseDouble(cells[1])};
    }

    /** nodes, max, RMS, relative RMS of a near-field row. */
    static double[] nearRow(CommandRun r, String name) {
        String line = row(r, name);
        String[] cells = line.substring(44).trim().split("\\s+");
        assertEquals(4, cells.length, line);
        double[] values = new double[4];
        for (int c = 0; c < 4; c++) {
            values[c] = Double.parseDouble(cells[c]);
        }
        return values;
    }

    private static String row(CommandRun r, String name) {
        List<String> lines = r.out().lines().filter(l -> l.startsWith(name + " ")).toList();
        assertEquals(1, lines.size(), r.out());
        return lines.get(0);
    }

    @Test
    void theDefaultCaseShowsWherePhysicalOpticsFailsWithBothPictures() throws Exception {
        Path picture = dir.resolve("c.png");
        Path plot = dir.resolve("f.png");
        CommandRun r = CommandRun.run(Map.of(), "compare", "-t", "2", "-q", "-o", picture.toString(), "--far-field",
                plot.toString());
        assertEquals(0, r.exit(), r.allErr());
        assertEquals("", r.log());
        List<String> out = r.out().lines().toList();
        assertEquals("Kirchhoff against exact model, sound-hard, lambda = 0.5, incident at 0\u00b0, 129 x 129 nodes",
                out.get(0));
        assertEquals(10, out.size(), r.out());
        double[] sigmaS = farRow(r, CompareTable.SIGMA_S);
        assertEquals(4.0751, sigmaS[0], 5e-5);
        assertEquals(3.680289481167096, sigmaS[1], 1e-6);
        double[] sigmaExt = farRow(r, CompareTable.SIGMA_EXT);
        assertEquals(4, sigmaExt[0], 1e-6);
        assertEquals(3.680289481167096, sigmaExt[1], 1e-6);
        double[] residual = farRow(r, CompareTable.RESIDUAL);
        assertEquals(0.0184, residual[0], 5e-5);
        assertTrue(Math.abs(residual[1]) < 1e-10, r.out());

        double[] outside = nearRow(r, CompareTable.OUTSIDE);
        assertEquals(129 * 129 - 1452, outside[0]);   // outside in both: the exact model's inside holds the other's
        assertEquals(0.25, outside[3], 0.005);
        double[] far = nearRow(r, CompareTable.FAR);
        assertEquals(0.235, far[3], 0.0005);
        assertTrue(far[0] < outside[0] && far[1] < outside[1], r.out());

        BufferedImage fields = ImageIO.read(picture.toFile());
        assertTrue(fields.getWidth() > 3 * fields.getHeight() / 2, fields.getWidth() + " x " + fields.getHeight());
        BufferedImage echo = ImageIO.read(plot.toFile());
        assertTrue(echo.getWidth() >= 800 && echo.getHeight() >= 800, echo.getWidth() + " x " + echo.getHeight());
    }

    @Test
    void atALongWavelengthTheExactWidthIsTheIndependentOnes() {
        CommandRun r = CommandRun.run(Map.of(), "compare", "-lambda", "2", "-nx", "64", "-ny", "64");
        assertEquals(0, r.exit(), r.allErr());
        assertEquals(3.1766241851798744, farRow(r, CompareTable.SIGMA_S)[1], 1e-6);
        assertTrue(r.log().contains("exact model, sound-hard: 256 boundary points"), r.log());
        assertTrue(r.log().contains("(self-check of the exact solution: its estimated error and rounding allow "),
                r.log());
    }

    @Test
    void optionsThatMakeNoSenseForACompareAreRefusedNamingThemAndNothingIsWritten() throws Exception {
        Path png = dir.resolve("c.png");
        Map<List<String>, String> cases = new LinkedHashMap<>();
        cases.put(List.of("compare", "--bc", "soft"), "scatter: --bc soft: the Kirchhoff model is of a sound-hard"
                + " obstacle only, so compare would set two different physical problems side by side; for the"
                + " sound-soft field, run the solver with --model exact --bc soft");
        cases.put(List.of("compare", "--model", "exact"), "scatter: --model: compare solves both models; leave"
                + " --model out");
        cases.put(List.of("compare", "--model", "kirchhoff"), "scatter: --model: compare solves both models");
        cases.put(List.of("compare", "-o", dir.resolve("c.h5").toString()), "scatter: -o: compare draws a picture;"
                + " give a name ending in .png, not '" + dir.resolve("c.h5") + "'");
        cases.put(List.of("compare", "--far-field", dir.resolve("f.csv").toString()), "scatter: --far-field: cannot"
                + " tell the format of '" + dir.resolve("f.csv") + "'; supported extensions: .png");
        cases.put(List.of("compare", "--far-field", png.toString()), "scatter: --far-field: " + png + " is the -o"
                + " file too");
        cases.put(List.of("compare", "--angles", "-1"), "scatter: --angles: the number of far-field directions must"
                + " be from 1 to 100000, not -1");
        cases.put(List.of("compare", "--points", "100"), "scatter: --points: the number of boundary points must be a"
                + " power of two");
        cases.put(List.of("compare", "-o", dir.resolve("no/c.png").toString()), "scatter: -o: directory "
                + dir.resolve("no") + " does not exist");
        cases.put(List.of("-nx", "8", "compare"), "scatter: -nx: options go after the command name");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            List<String> args = new ArrayList<>(c.getKey());
            if (!args.contains("-o")) {
                args.addAll(List.of("-o", png.toString()));
            }
            args.addAll(List.of("-nx", "8", "-ny", "8", "-lambda", "2"));
            if (args.get(0).equals("-nx")) {
                args = new ArrayList<>(c.getKey());
            }
            CommandRun r = CommandRun.run(Map.of(), args.toArray(String[]::new));
            assertEquals(2, r.exit(), args + ": " + r.allErr());
            assertTrue(r.err().startsWith(c.getValue()), args + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertFalse(r.hasStackTrace(), r.allErr());
            assertEquals(List.of(), TestFiles.names(dir), args.toString());
        }
    }

    /**
     * A problem only the exact model cannot solve: compare cannot run it, and its advice is what
     * compare can be given instead and the solver's command line for the Kirchhoff model alone,
     * which, followed, runs.
     */
    @Test
    void aProblemTheExactModelCannotSolveIsRefusedWithAdviceThatWorks() throws Exception {
        String[][] problems = {
            {"-xc", "cos(2*pi*t)^3", "-yc", "sin(2*pi*t)^3"}, // the astroid's cusps
            {"-lambda", "0.0005", "--angle", "30"}, // a boundary too many wavelengths long
        };
        for (String[] problem : problems) {
            List<String> args = new ArrayList<>(List.of("compare", "-nx", "16", "-ny", "16", "--tol", "1e-10"));
            args.addAll(List.of(problem));
            CommandRun r = CommandRun.run(Map.of(), args.toArray(String[]::new));
            assertEquals(2, r.exit(), args + ": " + r.allErr());
            assertEquals(1, r.allErr().lines().count(), "one line, nothing before it: " + r.allErr());
            assertFalse(r.err().contains("--model kirchhoff"), "compare refuses --model: " + r.err());
            String advice = "or run the Kirchhoff model alone: java -jar scatter.jar ";
            assertTrue(r.err().contains("; compare needs the exact model: give it "), r.err());
            assertTrue(r.err().contains(advice), r.err());
            // the command line, split as the shell splits it (single quotes only), run with an output of ours
            List<String> suggested = shellWords(r.err().strip().substring(r.err().indexOf(advice) + advice.length()));
            suggested.addAll(List.of("-q", "-checksum", "-o", dir.resolve("k.h5").toString()));
            CommandRun followed = CommandRun.run(Map.of(), suggested.toArray(String[]::new));
            assertEquals(0, followed.exit(), suggested + ": " + followed.allErr());
            assertTrue(followed.out().startsWith(ResultOptions.CHECKSUM_LABEL), followed.out());
            TestFiles.deleteTree(dir.resolve("k.h5"));
        }
    }

    /** Words as a POSIX shell splits them, for text with single quotes and no other quoting. */
    private static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }

    /** compare's help lists the options it uses, and not --model and --bc, which it does not. */
    @Test
    void helpListsOnlyCompareOptions() {
        CommandRun r = CommandRun.run(Map.of(), "compare", "--help");
        assertEquals(0, r.exit(), r.allErr());
        assertFalse(r.out().contains("--model="), r.out());
        assertFalse(r.out().contains("--bc="), r.out());
        assertTrue(r.out().contains("--tol=TOL"), r.out());
        assertTrue(r.out().contains("--inside-test=TEST"), r.out());
        // --bc hard is what compare does anyway
        CommandRun hard = CommandRun.run(Map.of(), "compare", "-q", "--bc", "hard", "-nx", "8", "-ny", "8", "-lambda", "2");
        assertEquals(0, hard.exit(), hard.allErr());
    }
}
