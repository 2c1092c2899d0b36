package io.dotportion.core.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A workflow's optional {@code "log"} field: how the execution log keeps its <em>successful deployed</em> runs.
 * Failed runs and test runs are always kept in full whatever it says; without the field the platform's
 * default applies (a bounded number of full traces per second per workflow, a summary for the rest).
 *
 * @param mode what is kept of a successful run
 * @param rate for {@link Mode#SAMPLE}: the share of successful runs kept in full, in (0, 1]; 0 otherwise
 */
public record LogSetting(Mode mode, double rate) {

    /** JSON: {@code {"mode": "all"}}, {@code {"mode": "errors"}}, {@code {"mode": "sample", "rate": 0.01}}, {@code {"mode": "off"}}. */
    public enum Mode {
        /** Every successful run in full. */
        ALL,
        /** Failures in full; successful runs as summaries (no trace). */
        ERRORS,
        /** Failures in full; {@code rate} of the successful runs in full, the others as summaries. */
        SAMPLE,
        /** Failures in full; successful runs leave no record (stats and metrics still count them). */
        OFF;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Mode> parse(String text) {
            for (Mode mode : values()) {
                if (mode.wire().equals(text)) {
                    return Optional.of(mode);
                }
            }
            return Optional.empty();
        }
    }

    public LogSetting {
        if (mode == null) {
            throw new IllegalArgumentException("a log setting needs a mode");
        }
        if (mode == Mode.SAMPLE ? !(rate > 0 && rate <= 1) : rate != 0) {
            throw new IllegalArgumentException("a rate in (0, 1] goes with mode sample only");
        }
    }

    public static LogSetting of(Mode mode) {
        return new LogSetting(mode, 0);
    }

    public static LogSetting sample(double rate) {
        return new LogSetting(Mode.SAMPLE, rate);
    }

    /** The document form, as {@link LogSettingReader} reads it. */
    public Map<String, Object> toValue() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mode", mode.wire());
        if (mode == Mode.SAMPLE) {
            out.put("rate", rate);
        }
        return out;
    }
}
