package scatter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import scatter.cli.ScatterCommand;

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

    /**
     * The jar tells picocli to skip the converters of {@link Main#UNUSED_CONVERTERS}: no option or
     * parameter of any command may take such a type (it would fail to convert in the jar only).
     */
    @Test
    void noOptionTakesATypeWhoseConverterIsSkipped() {
        CommandLine root = Main.commandLine(new ScatterCommand(Map.of(), () -> false));
        List<CommandLine> commands = new ArrayList<>(root.getSubcommands().values());
        commands.add(root);
        assertTrue(commands.size() > 4, "the subcommands were built");
        int checked = 0;
        for (CommandLine command : commands) {
            for (ArgSpec arg : command.getCommandSpec().args()) {
                List<Class<?>> types = new ArrayList<>(List.of(arg.auxiliaryTypes()));
                types.add(arg.type());
                for (Class<?> type : types) {
                    for (String skipped : Main.UNUSED_CONVERTERS.split(",")) {
                        assertFalse(type.getName().matches(skipped), arg + " takes a " + type.getName());
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 50, "every command's options were looked at: " + checked);
        assertTrue("java.time.Duration".matches(Main.UNUSED_CONVERTERS.split(",")[1]), "the pattern matches");
    }
}
