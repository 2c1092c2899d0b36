package io.dotportion.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workflow's optional {@code "masking"} field: which request fields its stored and test-run traces mask by
 * name (docs/EXECUTIONS.md, "Masking request credentials"). Without the field, {@link #DEFAULT} applies:
 * the built-in credential names are masked. Parameters declared {@code sensitive} (or of type {@code password})
 * are masked whatever this says.
 *
 * @param names       whether the built-in credential names ({@code password}, {@code token}, {@code apiKey} ...)
 *                    are masked; default true
 * @param extraNames  more names masked by name (matched normalized: a field whose name equals one or ends with it)
 * @param exceptNames names never masked by name (matched normalized and whole), e.g. a harmless {@code token}
 */
public record MaskingSetting(boolean names, List<String> extraNames, List<String> exceptNames) {
    public static final MaskingSetting DEFAULT = new MaskingSetting(true, List.of(), List.of());

    public MaskingSetting {
        extraNames = extraNames == null ? List.of() : List.copyOf(extraNames);
        exceptNames = exceptNames == null ? List.of() : List.copyOf(exceptNames);
    }

    /** The document form, as the reader reads it. */
    public Map<String, Object> toValue() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("names", names);
        if (!extraNames.isEmpty()) {
            out.put("extraNames", extraNames);
        }
        if (!exceptNames.isEmpty()) {
            out.put("exceptNames", exceptNames);
        }
        return out;
    }
}
