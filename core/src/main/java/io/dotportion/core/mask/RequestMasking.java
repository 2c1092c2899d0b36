package io.dotportion.core.mask;

import io.dotportion.core.model.MaskingSetting;
import io.dotportion.core.node.MaskReason;
import io.dotportion.core.node.RequestData;
import io.dotportion.core.node.SensitiveField;
import io.dotportion.core.secret.Redactor;
import java.util.List;
import java.util.Map;

/**
 * What one workflow masks of its requests in traces: the fields its nodes declare sensitive (always) and the
 * fields of the body (at any depth), query and headers whose names its {@link MaskingSetting} masks. Made at
 * deploy; {@link #redactor} is asked only when a trace is written, so a run kept as a summary costs nothing.
 */
public record RequestMasking(MaskingSetting setting, List<SensitiveField> declared) {
    public static final RequestMasking DEFAULT = new RequestMasking(MaskingSetting.DEFAULT, List.of());

    public RequestMasking {
        setting = setting == null ? MaskingSetting.DEFAULT : setting;
        declared = declared == null ? List.of() : List.copyOf(declared);
    }

    /** The mask of {@code request}'s sensitive values wherever they appear; {@link Redactor#NONE} when it has none. */
    public Redactor redactor(RequestData request) {
        Map<String, MaskReason> values = RequestValues.of(request, declared, new NameRule(setting));
        return values.isEmpty() ? Redactor.NONE : new ValueMask(values);
    }
}
