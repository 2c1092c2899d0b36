package io.dotportion.cli.settings;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A config file: YAML ({@code .yaml}, {@code .yml}; nested maps are keys joined with dots, a list of scalars
 * is joined with commas) or Java properties ({@code .properties}), read into flat keys and their text. Parse
 * errors give the line, never the text there (it may be a secret). {@code othersCanRead}: someone besides the
 * owner may read the file (POSIX only).
 */
public record ConfigFile(Path path, Map<String, String> values, boolean othersCanRead) {
    private static final Set<PosixFilePermission> OTHERS = Set.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_WRITE);

    public static ConfigFile read(Path path) {
        String name =
                path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(path)) {
            throw new SettingsException("the config file " + path + " does not exist or is not a file");
        }
        Map<String, String> values;
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            values = yaml(path);
        } else if (name.endsWith(".properties")) {
            values = properties(path);
        } else {
            throw new SettingsException(
                    "the config file " + path + " must end in .yaml, .yml or .properties to say its format");
        }
        return new ConfigFile(path, values, othersCanRead(path));
    }

    private static Map<String, String> yaml(Path path) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
        JsonNode root;
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            root = mapper.readTree(reader);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new SettingsException("the config file " + path + " is not valid YAML"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw new SettingsException("the config file " + path + " cannot be read");
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        if (root != null && !root.isMissingNode() && !root.isNull()) {
            if (!root.isObject()) {
                throw new SettingsException("the config file " + path + " must be a map of keys to values");
            }
            flatten("", root, values, problems);
        }
        if (!problems.isEmpty()) {
            throw new SettingsException(
                    problems.stream().map(p -> p + " in " + path).toList());
        }
        return values;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> values, List<String> problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(key + ".", value, values, problems);
            } else if (value.isNull()) {
                continue; // "key:" with nothing after it: not given
            } else if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(item.isValueNode() ? item.asText() : null));
                if (items.contains(null)) {
                    problems.add(key + ": a list may hold only plain values");
                } else {
                    put(key, String.join(",", items), values, problems);
                }
            } else {
                put(key, value.asText(), values, problems);
            }
        }
    }

    private static void put(String key, String value, Map<String, String> values, List<String> problems) {
        if (values.putIfAbsent(key, value) != null) {
            problems.add(key + " is given twice");
        }
    }

    private static Map<String, String> properties(Path path) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new SettingsException("the config file " + path + " cannot be read as properties");
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().stream()
                .sorted()
                .forEach(key -> values.put(key.strip(), properties.getProperty(key)));
        return values;
    }

    private static boolean othersCanRead(Path path) {
        try {
            return Files.getPosixFilePermissions(path).stream().anyMatch(OTHERS::contains);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }
}
