package scatter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void subcommandsAreBuiltWhenNamedOrWhenHelpIsAsked() {
        assertFalse(Main.mayNeedSubcommands(new String[] {"-checksum", "-nx", "64"}));
        assertFalse(Main.mayNeedSubcommands(new String[] {}));
        assertTrue(Main.mayNeedSubcommands(new String[] {"scaling", "--max-threads", "2"}));
        assertTrue(Main.mayNeedSubcommands(new String[] {"-nx", "64", "merge"}));
        assertTrue(Main.mayNeedSubcommands(new String[] {"--help"}));
        assertTrue(Main.mayNeedSubcommands(new String[] {"-h"}));
    }
}
