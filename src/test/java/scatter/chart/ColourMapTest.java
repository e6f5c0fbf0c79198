package scatter.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ColourMapTest {
    @Test
    void rdBuIsColorBrewersSymmetricAboutZero() {
        // anchor colours as published at colorbrewer2.org (RdBu, 11 classes)
        ColourMap m = ColourMap.RD_BU;
        assertEquals(0x053061, m.rgb(-1) & 0xffffff);
        assertEquals(0xf7f7f7, m.rgb(0) & 0xffffff);
        assertEquals(0x67001f, m.rgb(1) & 0xffffff);
        assertEquals(0x92c5de, m.rgb(-0.4) & 0xffffff);
        assertEquals(0xf4a582, m.rgb(0.4) & 0xffffff);
        // halfway between 0xf7f7f7 and 0xfddbc7
        assertEquals(0xfae9df, m.rgb(0.1) & 0xffffff);
        assertEquals(m.rgb(1), m.rgb(7.5), "beyond the range: the end colour");
        assertEquals(m.rgb(-1), m.rgb(Double.NEGATIVE_INFINITY));
        assertEquals(0xf7f7f7, m.rgb(Double.NaN) & 0xffffff, "NaN: the colour of 0");
    }

    @Test
    void ylOrRdIsColorBrewersFromZeroToOne() {
        // anchor colours as published at colorbrewer2.org (YlOrRd, 9 classes)
        ColourMap m = ColourMap.YL_OR_RD;
        assertEquals(0xffffcc, m.rgb(0) & 0xffffff);
        assertEquals(0xfd8d3c, m.rgb(0.5) & 0xffffff);
        assertEquals(0x800026, m.rgb(1) & 0xffffff);
        assertEquals(m.rgb(0), m.rgb(-3), "below the range: the first colour");
        assertEquals(m.rgb(1), m.rgb(Double.POSITIVE_INFINITY));
        // halfway between 0xffffcc and 0xffeda0 (1/16 of the range)
        assertEquals(0xfff6b6, m.rgb(1 / 16.0) & 0xffffff);
    }
}
