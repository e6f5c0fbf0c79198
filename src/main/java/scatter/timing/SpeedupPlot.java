package scatter.timing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import scatter.chart.Chart;
import scatter.output.AtomicFile;
import scatter.timing.ScalingTable;

/**
 * A PNG plot of speedup against threads for one or more {@link ScalingTable}s: one line with
 * markers per problem, each point labelled with its speedup, and the dashed line of ideal scaling
 * (speedup p / b on p threads for baseline b, normally the diagonal speedup = threads).
 */
public final class SpeedupPlot {
    static final int WIDTH = 880;
    static final int HEIGHT = 600;
    static final int LEFT = 80;
    static final int RIGHT = 40;
    static final int TOP = 56;
    static final int BOTTOM = 66;
    /** Colour of the ideal-scaling line. */
    static final Color IDEAL = new Color(0x88, 0x88, 0x88);

    private SpeedupPlot() {
    }

    /** The colour of series {@code i}: the charts' one palette ({@link Chart#SERIES}), round again past its end. */
    static Color series(int i) {
        return Chart.SERIES.get(i % Chart.SERIES.size());
    }

    /** Writes the plot of {@code tables} (at least one) to {@code file}, atomically. */
    public static void write(List<ScalingTable> tables, String title, Path file) throws IOException {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("nothing to plot");
        }
        BufferedImage image = Chart.draw(file, () -> draw(tables, title));
        AtomicFile.write(file, tmp -> Chart.writePng(image, tmp));
    }

    static BufferedImage draw(List<ScalingTable> tables, String title) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Chart.canvas(image);
        int w = WIDTH - LEFT - RIGHT;
        int h = HEIGHT - TOP - BOTTOM;

        int maxThreads = 1;
        double maxSpeedup = 1;
        TreeSet<Integer> baselines = new TreeSet<>();
        for (ScalingTable t : tables) {
            baselines.add(t.baselineThreads());
            for (ScalingTable.Row r : t.rows()) {
                maxThreads = Math.max(maxThreads, r.threads());
                maxSpeedup = Math.max(maxSpeedup, Math.max(r.speedup(), (double) r.threads() / t.baselineThreads()));
            }
        }
        // a little room above the highest point and right of the last thread count, for labels
        double xMax = maxThreads + Math.max(0.25, 0.06 * maxThreads);
        double yMax = maxSpeedup * 1.12;
        Axis x = new Axis(LEFT, w, xMax, false);
        Axis y = new Axis(TOP + h, h, yMax, true);

        // grid lines and ticks
        List<Double> xt = Chart.ticks(0, xMax, 10, 1);
        List<Double> yt = Chart.ticks(0, yMax, 8, maxSpeedup >= 3 ? 1 : 0);
        g.setFont(Chart.TICK);
        for (double v : xt) {
            g.setColor(new Color(0xe4, 0xe4, 0xe4));
            g.draw(new Line2D.Double(x.at(v), TOP, x.at(v), TOP + h));
            g.setColor(Chart.INK);
            g.draw(new Line2D.Double(x.at(v), TOP + h, x.at(v), TOP + h + 5));
            Chart.textCentred(g, Chart.tickLabel(v, xt), x.at(v), TOP + h + 8);
        }
        for (double v : yt) {
            g.setColor(new Color(0xe4, 0xe4, 0xe4));
            g.draw(new Line2D.Double(LEFT, y.at(v), LEFT + w, y.at(v)));
            g.setColor(Chart.INK);
            g.draw(new Line2D.Double(LEFT - 5, y.at(v), LEFT, y.at(v)));
            Chart.textRight(g, Chart.tickLabel(v, yt), LEFT - 8, y.at(v));
        }

        // ideal scaling, clipped to the plot
        g.setClip(LEFT, TOP, w + 1, h + 1);
        g.setColor(IDEAL);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {9f, 6f}, 0f));
        for (int b : baselines) {
            g.draw(new Line2D.Double(x.at(0), y.at(0), x.at(xMax), y.at(xMax / b)));
        }
        g.setClip(null);

        // the measurements
        List<String> legend = new ArrayList<>();
        for (int s = 0; s < tables.size(); s++) {
            ScalingTable t = tables.get(s);
            Color c = series(s);
            g.setColor(c);
            g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D line = new Path2D.Double();
            for (ScalingTable.Row r : t.rows()) {
                if (line.getCurrentPoint() == null) {
                    line.moveTo(x.at(r.threads()), y.at(r.speedup()));
                } else {
                    line.lineTo(x.at(r.threads()), y.at(r.speedup()));
                }
            }
            g.draw(line);
            g.setFont(Chart.TICK);
            for (ScalingTable.Row r : t.rows()) {
                double px = x.at(r.threads());
                double py = y.at(r.speedup());
                g.setColor(c);
                g.fill(new Ellipse2D.Double(px - 5, py - 5, 10, 10));
                if (tables.size() == 1) {
                    // values next to the points only when they cannot collide with another series' values;
                    // below-right, away from the ideal line that runs above sub-ideal speedups
                    g.setColor(Chart.INK);
                    FontMetrics m = g.getFontMetrics();
                    g.drawString(String.format(Locale.ROOT, "%.2f", r.speedup()), (float) (px + 8),
                            (float) (py + m.getAscent() + 2));
                }
            }
            legend.add(t.label() + (t.baselineThreads() == 1 ? "" : " (vs " + t.baselineThreads() + " threads)"));
        }

        // axes and labels
        g.setColor(Chart.INK);
        g.setStroke(Chart.thin());
        g.drawRect(LEFT, TOP, w, h);
        g.setFont(Chart.LABEL);
        Chart.textCentred(g, "threads", LEFT + w / 2.0, TOP + h + 32);
        boolean fromOne = baselines.size() == 1 && baselines.first() == 1;
        Chart.textUp(g, "speedup = T(" + (fromOne ? "1 thread" : "baseline") + ") / T(threads)", 22, TOP + h / 2.0);
        g.setFont(Chart.TITLE);
        Chart.textCentred(g, title, LEFT + w / 2.0, 18);
        legend(g, legend, baselines);
        g.dispose();
        return image;
    }

    /** The legend, in the top-left corner of the plot where the lines are lowest. */
    private static void legend(Graphics2D g, List<String> labels, TreeSet<Integer> baselines) {
        g.setFont(Chart.TICK);
        FontMetrics m = g.getFontMetrics();
        List<String> all = new ArrayList<>(labels);
        all.add(baselines.size() == 1 && baselines.first() == 1 ? "ideal: speedup = threads"
                : "ideal: speedup = threads / baseline threads");
        int rowH = m.getHeight() + 4;
        int textW = all.stream().mapToInt(m::stringWidth).max().orElse(0);
        int boxW = textW + 56;
        int boxH = rowH * all.size() + 10;
        int bx = LEFT + 14;
        int by = TOP + 14;
        g.setColor(new Color(255, 255, 255, 235));
        g.fillRect(bx, by, boxW, boxH);
        g.setColor(new Color(0xbb, 0xbb, 0xbb));
        g.setStroke(new BasicStroke(1f));
        g.drawRect(bx, by, boxW, boxH);
        for (int i = 0; i < all.size(); i++) {
            double cy = by + 5 + rowH * (i + 0.5);
            boolean ideal = i == all.size() - 1;
            if (ideal) {
                g.setColor(IDEAL);
                g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {9f, 6f}, 0f));
                g.draw(new Line2D.Double(bx + 8, cy, bx + 42, cy));
            } else {
                g.setColor(series(i));
                g.setStroke(new BasicStroke(2.5f));
                g.draw(new Line2D.Double(bx + 8, cy, bx + 42, cy));
                g.fill(new Ellipse2D.Double(bx + 25 - 5, cy - 5, 10, 10));
            }
            g.setColor(Chart.INK);
            Chart.textLeft(g, all.get(i), bx + 48, cy);
        }
    }

    /** A linear axis from 0 to max over {@code length} pixels starting at {@code origin}. */
    private record Axis(double origin, double length, double max, boolean upwards) {
        /** The pixel coordinate of value v. */
        double at(double v) {
            return upwards ? origin - v / max * length : origin + v / max * length;
        }
    }
}
