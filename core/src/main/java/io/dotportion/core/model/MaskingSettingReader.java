package io.dotportion.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a workflow's {@code "masking"} field, reporting every problem at its JSON path; null when absent or invalid. */
final class MaskingSettingReader {
    private static final String PATH = "masking";
    private static final Set<String> FIELDS = Set.of("names", "extraNames", "exceptNames");
    /** At most this many names per list, each at most {@link #MAX_NAME_LENGTH} characters. */
    static final int MAX_NAMES = 100;

    static final int MAX_NAME_LENGTH = 64;

    private MaskingSettingReader() {}

    static MaskingSetting read(Object raw, List<Violation> violations) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            violations.add(Violation.error(PATH, ViolationCode.INVALID_SHAPE, "masking must be a JSON object"));
            return null;
        }
        int before = violations.size();
        for (Object key : map.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                violations.add(
                        invalid(PATH + "." + key, "masking has no field " + key + " (names, extraNames, exceptNames)"));
            }
        }
        Object names = map.get("names");
        if (names != null && !(names instanceof Boolean)) {
            violations.add(invalid(PATH + ".names", "masking.names must be true or false"));
        }
        List<String> extra = names(map.get("extraNames"), "extraNames", violations);
        List<String> except = names(map.get("exceptNames"), "exceptNames", violations);
        if (violations.size() > before) {
            return null;
        }
        return new MaskingSetting(!Boolean.FALSE.equals(names), extra, except);
    }

    private static List<String> names(Object raw, String field, List<Violation> violations) {
        String path = PATH + "." + field;
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> items)) {
            violations.add(invalid(path, "masking." + field + " must be an array of names"));
            return List.of();
        }
        if (items.size() > MAX_NAMES) {
            violations.add(invalid(path, "masking." + field + " holds at most " + MAX_NAMES + " names"));
        }
        List<String> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item instanceof String name
                    && !name.isBlank()
                    && name.length() <= MAX_NAME_LENGTH
                    && hasLetterOrDigit(name)) {
                out.add(name);
            } else {
                violations.add(invalid(
                        path + "[" + i + "]",
                        "a name must be a string of 1 to " + MAX_NAME_LENGTH + " characters with a letter or digit"));
            }
        }
        return out;
    }

    private static boolean hasLetterOrDigit(String name) {
        return name.chars().anyMatch(Character::isLetterOrDigit);
    }

    private static Violation invalid(String path, String message) {
        return Violation.error(path, ViolationCode.INVALID_MASKING_SETTING, message);
    }
}
