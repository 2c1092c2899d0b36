package io.dotportion.cli;

import io.dotportion.cli.settings.Setting;
import io.dotportion.cli.settings.SettingRegistry;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Adds a flag to {@code serve} for every server setting of the registry, each taking text that the settings
 * parse (so a bad value gets the same message from a flag, a variable or a file).
 */
final class ServeFlags implements IModelTransformer {

    @Override
    public CommandSpec transform(CommandSpec spec) {
        for (Setting<?> setting : SettingRegistry.serve()) {
            if (setting.flag() != null) {
                spec.addOption(OptionSpec.builder(setting.flag())
                        .paramLabel("<" + label(setting) + ">")
                        .type(String.class)
                        .description(help(setting))
                        .build());
            }
        }
        return spec;
    }

    /** The registry's flags given on this command line, to their text. */
    static Map<String, String> given(CommandSpec spec) {
        Map<String, String> given = new LinkedHashMap<>();
        for (OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
            if (option.getValue() instanceof String text) {
                given.put(option.longestName(), text);
            }
        }
        return given;
    }

    private static String label(Setting<?> setting) {
        String name = setting.flag().substring(2);
        return name.substring(name.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
    }

    private static String help(Setting<?> setting) {
        StringBuilder help = new StringBuilder(setting.description().replace("`", ""));
        help.append(" (").append(setting.env());
        if (setting.key() != null) {
            help.append(", key ").append(setting.key());
        }
        if (setting.defaultText() != null) {
            help.append("; default ").append(setting.defaultText());
        }
        return help.append(')').toString();
    }
}
