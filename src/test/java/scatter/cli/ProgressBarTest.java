package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final AtomicLong clock = new AtomicLong(5_000_000_000L);
    private final StringWriter text = new StringWriter();
    private final ProgressBar bar = new ProgressBar(new PrintWriter(text), clock::get);

    private void at(double seconds, int done, int total) {
        clock.set(5_000_000_000L + (long) (seconds * 1e9));
        bar.chunkDone(done, total);
    }

    @Test
    void aShortRunPrintsNothingAndClearsNothing() {
        at(0.3, 50, 100);
        at(0.9, 100, 100);
        bar.clear();
        assertEquals("", text.toString());
    }

    @Test
    void afterOneSecondTheLineIsRedrawnAFewTimesASecondThenCleared() {
        at(0.5, 10, 100);
        at(1.0, 25, 100);
        assertEquals("\r[#######-----------------------]  25%  1.0 s, about 3.0 s left", text.toString());
        at(1.1, 30, 100);   // too soon after the last redraw
        at(1.15, 31, 100);
        assertEquals(1, text.toString().split("\r", -1).length - 1, "one redraw so far");
        at(1.25, 40, 100);
        assertTrue(text.toString().endsWith("\r[############------------------]  40%  1.3 s, about 1.9 s left"),
                text.toString());
        at(1.3, 100, 100);  // the end is always drawn
        int width = "[############------------------]  40%  1.3 s, about 1.9 s left".length();
        String last = "[##############################] 100%  1.3 s";
        assertTrue(text.toString().endsWith("\r" + last + " ".repeat(width - last.length())),
                "padded over the longer previous line: " + text);
        bar.clear();
        assertTrue(text.toString().endsWith("\r" + " ".repeat(width) + "\r"), text.toString());
    }

    @Test
    void longRunsInMinutesAndHours() {
        assertEquals("[###############---------------]  50%  1 min 30 s, about 1 min 30 s left",
                ProgressBar.line(5, 10, 90));
        assertEquals("[######------------------------]  20%  1 h 00 min, about 4 h 00 min left",
                ProgressBar.line(1, 5, 3600));
        assertEquals("[------------------------------]   0%  2.0 s", ProgressBar.line(0, 5, 2));
    }
}
