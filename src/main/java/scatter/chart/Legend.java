package scatter.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.List;

/** A legend: a framed box with one row per line drawn, a sample of the line and its label. */
public final class Legend {
    /** Length of a line's sample, in pixels. */
    static final int SAMPLE = 34;

    /** One row: the label, and the colour and stroke of the line it names. */
    public record Entry(String label, Color colour, BasicStroke stroke) {
    }

    private Legend() {
    }

    /** Width and height in pixels of the legend of {@code entries}: {width, height}. */
    public static int[] size(Graphics2D g, List<Entry> entries) {
        FontMetrics m = g.getFontMetrics(Chart.TICK);
        int textW = entries.stream().mapToInt(e -> m.stringWidth(e.label())).max().orElse(0);
        return new int[] {textW + SAMPLE + 22, (m.getHeight() + 4) * entries.size() + 10};
    }

    /** Draws the legend with its top-left corner at (x, y). */
    public static void draw(Graphics2D g, int x, int y, List<Entry> entries) {
        int[] size = size(g, entries);
        g.setFont(Chart.TICK);
        FontMetrics m = g.getFontMetrics();
        int rowH = m.getHeight() + 4;
        g.setColor(new Color(255, 255, 255, 235));
        g.fillRect(x, y, size[0], size[1]);
        g.setColor(new Color(0xbb, 0xbb, 0xbb));
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, y, size[0], size[1]);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            double cy = y + 5 + rowH * (i + 0.5);
            g.setColor(e.colour());
            g.setStroke(e.stroke());
            g.draw(new Line2D.Double(x + 8, cy, x + 8 + SAMPLE, cy));
            g.setColor(Chart.INK);
            Chart.textLeft(g, e.label(), x + SAMPLE + 14, cy);
        }
    }
}
