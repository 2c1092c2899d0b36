package io.dotportion.core.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a workflow's {@code "log"} field, reporting every problem at its JSON path; null when absent or invalid. */
final class LogSettingReader {
    private static final String PATH = "log";
    private static final Set<String> FIELDS = Set.of("mode", "rate");

    private LogSettingReader() {}

    static LogSetting read(Object raw, List<Violation> violations) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            violations.add(Violation.error(PATH, ViolationCode.INVALID_SHAPE, "log must be a JSON object"));
            return null;
        }
        int before = violations.size();
        for (Object key : map.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                violations.add(invalid(PATH + "." + key, "log has no field " + key + " (mode, rate)"));
            }
        }
        LogSetting.Mode mode = mode(map.get("mode"), violations);
        Double rate = rate(map.get("rate"), mode, violations);
        if (violations.size() > before || mode == null) {
            return null;
        }
        return mode == LogSetting.Mode.SAMPLE ? LogSetting.sample(rate) : LogSetting.of(mode);
    }

    private static LogSetting.Mode mode(Object raw, List<Violation> violations) {
        if (raw == null) {
            violations.add(Violation.error(
                    PATH + ".mode", ViolationCode.MISSING_FIELD, "log.mode is required: all, errors, sample or off"));
            return null;
        }
        LogSetting.Mode mode =
                raw instanceof String text ? LogSetting.Mode.parse(text).orElse(null) : null;
        if (mode == null) {
            violations.add(invalid(PATH + ".mode", "log.mode must be all, errors, sample or off"));
        }
        return mode;
    }

    private static Double rate(Object raw, LogSetting.Mode mode, List<Violation> violations) {
        String path = PATH + ".rate";
        if (mode != LogSetting.Mode.SAMPLE) {
            if (raw != null && mode != null) {
                violations.add(invalid(path, "log.rate goes with mode sample only"));
            }
            return null;
        }
        if (raw == null) {
            violations.add(Violation.error(path, ViolationCode.MISSING_FIELD, "mode sample needs a rate in (0, 1]"));
            return null;
        }
        if (raw instanceof Number number && number.doubleValue() > 0 && number.doubleValue() <= 1) {
            return number.doubleValue();
        }
        violations.add(invalid(path, "log.rate must be a number greater than 0 and at most 1"));
        return null;
    }

    private static Violation invalid(String path, String message) {
        return Violation.error(path, ViolationCode.INVALID_LOG_SETTING, message);
    }
}
