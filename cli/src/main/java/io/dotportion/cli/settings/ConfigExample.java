package io.dotportion.cli.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A commented example config file (YAML) from the registry: every key of the server, grouped, with its
 * description and default, commented out. Uncommented as it is, it gives the defaults.
 */
public final class ConfigExample {
    private ConfigExample() {}

    public static String render(List<Setting<?>> settings) {
        StringBuilder out = new StringBuilder();
        out.append(
                        "# DotPortion configuration: dotportion serve --config THIS_FILE (docs/CONFIG.md lists every setting).\n")
                .append("# Uncomment what you change. A flag or a DOTPORTION_* variable wins over this file.\n")
                .append("# An unknown key stops the start. With secrets.master-key here, chmod 600 this file.\n");
        Map<String, List<Setting<?>>> groups = settings.stream()
                .filter(s -> s.scope() == Scope.SERVE && s.key() != null)
                .collect(Collectors.groupingBy(
                        s -> s.key().substring(0, s.key().indexOf('.')), LinkedHashMap::new, Collectors.toList()));
        groups.forEach((group, members) -> {
            out.append('\n').append(group).append(":\n");
            for (Setting<?> s : members) {
                out.append("  # ").append(s.description().replace("`", "")).append('\n');
                out.append("  #").append(s.key().substring(group.length() + 1)).append(':');
                if (s.defaultText() != null) {
                    out.append(' ').append(s.defaultText());
                }
                out.append('\n');
            }
        });
        return out.toString();
    }
}
