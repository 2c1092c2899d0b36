package io.dotportion.core.mask;

import io.dotportion.core.model.MaskingSetting;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The name rule of one workflow: a normalized name listed in {@code exceptNames} is never masked by name; one
 * that equals or ends with a normalized {@code extraNames} entry is; otherwise the built-in
 * {@link CredentialNames} decide, unless {@code names} is false.
 */
final class NameRule {
    private final boolean builtIn;
    private final List<String> extra;
    private final Set<String> except;

    NameRule(MaskingSetting setting) {
        this.builtIn = setting.names();
        this.extra = setting.extraNames().stream()
                .map(CredentialNames::normalize)
                .filter(n -> !n.isEmpty())
                .distinct()
                .toList();
        this.except =
                setting.exceptNames().stream().map(CredentialNames::normalize).collect(Collectors.toUnmodifiableSet());
    }

    boolean masks(String name) {
        String normalized = CredentialNames.normalize(name);
        if (except.contains(normalized)) {
            return false;
        }
        for (String e : extra) {
            if (normalized.endsWith(e)) {
                return true;
            }
        }
        return builtIn && CredentialNames.isCredential(normalized);
    }
}
