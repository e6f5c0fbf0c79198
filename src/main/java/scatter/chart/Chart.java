package scatter.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * What the PNG pictures have in common (Java2D, no display needed): a white canvas with
 * anti-aliased text, "nice" axis ticks, axes with labels, and writing the image as PNG.
 */
public final class Chart {
    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    public static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    public static final Color INK = new Color(0x22, 0x22, 0x22);
    /** Colours of lines that are compared, distinct for colour-blind viewers too (Okabe and Ito, 2008). */
    public static final List<Color> SERIES = List.of(new Color(0x00, 0x72, 0xb2), new Color(0xd5, 0x5e, 0x00),
            new Color(0x00, 0x9e, 0x73), new Color(0xcc, 0x79, 0xa7), new Color(0xe6, 0x9f, 0x00),
            new Color(0x56, 0xb4, 0xe9), new Color(0x00, 0x00, 0x00));

    private Chart() {
    }

    /** A new white image and its graphics, with anti-aliasing for lines and text. */
    public static Graphics2D canvas(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(INK);
        return g;
    }

    /**
     * Tick positions at "nice" steps (1, 2 or 5 times a power of ten) covering [lo, hi], at most
     * about {@code maxTicks} of them, after Heckbert, "Nice numbers for graph labels", Graphics Gems
     * (1990). Only ticks within [lo, hi] (up to rounding) are returned.
     *
     * @param minStep smallest step allowed (e.g. 1 for thread counts), or 0
     */
    public static List<Double> ticks(double lo, double hi, int maxTicks, double minStep) {
        double range = hi - lo;
        if (!(range > 0) || !Double.isFinite(range)) {
            return List.of(lo);
        }
        double rough = Math.max(range / Math.max(1, maxTicks - 1), minStep);
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        double step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
        List<Double> ticks = new ArrayList<>();
        double eps = step * 1e-9;
        for (double t = Math.ceil((lo - eps) / step) * step; t <= hi + eps; t += step) {
            ticks.add(Math.abs(t) < eps ? 0.0 : t);
        }
        return ticks;
    }

    /** A tick label with as many decimals as the step between ticks needs (0.25 apart: two). */
    public static String tickLabel(double value, List<Double> ticks) {
        double step = ticks.size() > 1 ? ticks.get(1) - ticks.get(0) : Math.abs(value);
        int decimals = 0;
        while (decimals < 6 && step > 0) {
            double scaled = step * Math.pow(10, decimals);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * scaled) {
                break;
            }
            decimals++;
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * Splits text at ", " into lines no wider than {@code width} pixels in {@code font} (a part
     * wider than that on its own gets a line to itself).
     */
    public static List<String> wrap(String text, Font font, int width) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(scratch);
        FontMetrics m = g.getFontMetrics(font);
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String part : text.split(", ")) {
            String longer = line.isEmpty() ? part : line + ", " + part;
            if (line.isEmpty() || m.stringWidth(longer + ",") <= width) {
                line = longer;
            } else {
                lines.add(line + ",");
                line = part;
            }
        }
        lines.add(line);
        g.dispose();
        return lines;
    }

    /** Draws text centred horizontally on x, with its top at y. */
    public static void textCentred(Graphics2D g, String text, double x, double top) {
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, (float) (x - m.stringWidth(text) / 2.0), (float) (top + m.getAscent()));
    }

    /** Draws text right-aligned at x, centred vertically on y. */
    public static void textRight(Graphics2D g, String text, double x, double y) {
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, (float) (x - m.stringWidth(text)), (float) (y + (m.getAscent() - m.getDescent()) / 2.0));
    }

    /** Draws text left-aligned at x, centred vertically on y. */
    public static void textLeft(Graphics2D g, String text, double x, double y) {
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, (float) x, (float) (y + (m.getAscent() - m.getDescent()) / 2.0));
    }

    /** Draws text turned 90 degrees anticlockwise (reading upwards), centred on (x, y). */
    public static void textUp(Graphics2D g, String text, double x, double y) {
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2, x, y);
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, (float) (x - m.stringWidth(text) / 2.0), (float) (y + (m.getAscent() - m.getDescent()) / 2.0));
        g.setTransform(saved);
    }

    /** A thin solid stroke for axes and ticks. */
    public static BasicStroke thin() {
        return new BasicStroke(1.2f);
    }

    /**
     * Writes the image as PNG. Through a memory cache, so that ImageIO makes no temporary files
     * (the temporary directory of a cluster node may be small or shared).
     */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            if (!ImageIO.write(image, "png", ios)) {
                throw new IOException("this Java has no PNG encoder");
            }
        }
    }

    /**
     * Runs the drawing code, turning the failures of a Java without usable fonts (no fontconfig or
     * no font files, as on some minimal servers) into an IOException that says what to install.
     */
    public static BufferedImage draw(Path file, Drawing drawing) throws IOException {
        try {
            return drawing.draw();
        } catch (RuntimeException | InternalError e) {
            throw new IOException("cannot draw " + file + ": " + e + "; if Java found no fonts, install "
                    + "fontconfig and a font (Debian: apt-get install fontconfig fonts-dejavu-core)", e);
        }
    }

    /** Code that draws an image. */
    @FunctionalInterface
    public interface Drawing {
        BufferedImage draw();
    }
}
