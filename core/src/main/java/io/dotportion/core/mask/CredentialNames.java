package io.dotportion.core.mask;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which field names look like credentials (docs/EXECUTIONS.md, "Masking request credentials"). A name is
 * first normalized: lowercased, with {@code -}, {@code _}, {@code .} and spaces removed ({@code X-Api-Key},
 * {@code api_key} and {@code apiKey} are all {@code apikey}). Then, in this order:
 *
 * <ol>
 *   <li>a name that ends in a word describing a credential rather than holding one ({@link #DESCRIPTORS}:
 *       {@code tokenType}, {@code secretName}, {@code passwordPolicy}, {@code tokenExpiresIn}) is not one;
 *   <li>a name that contains a credential stem ({@link #STEMS}: {@code password}, {@code secret},
 *       {@code apikey} ...) is one ({@code user_password}, {@code clientSecret}, {@code x-api-key});
 *   <li>a name that ends in a credential word ({@link #ENDINGS}: {@code token}, {@code pwd}, {@code pin},
 *       {@code otp} ...) is one ({@code accessToken}, {@code refresh_token}, {@code newPwd}, {@code totp});
 *   <li>a name that is exactly a short credential word ({@link #WORDS}: {@code pass}, {@code cvv} ...) is one.
 * </ol>
 *
 * A token word in the middle ({@code tokenCount}) does not count: only a name that ends in it does.
 */
public final class CredentialNames {
    /** Contained anywhere, these make a name a credential's. */
    public static final List<String> STEMS = List.of(
            "password",
            "passwd",
            "passphrase",
            "passcode",
            "secret",
            "credential",
            "apikey",
            "privatekey",
            "accesskey",
            "signingkey",
            "encryptionkey",
            "sessionkey");
    /** At the end of a name, these make it a credential's. */
    public static final List<String> ENDINGS = List.of("token", "pwd", "pin", "otp", "pincode");
    /** As the whole name, these are credentials. */
    public static final Set<String> WORDS = Set.of("pass", "cvv", "cvc", "mfacode", "authcode", "totpcode");
    /** At the end of a longer name, these describe a credential instead of holding one. */
    public static final List<String> DESCRIPTORS = List.of(
            "type",
            "name",
            "names",
            "id",
            "url",
            "uri",
            "expiry",
            "expires",
            "expiresin",
            "expiresat",
            "ttl",
            "length",
            "count",
            "policy",
            "required",
            "enabled",
            "hint",
            "label");

    private CredentialNames() {}

    /** The name lowercased, without {@code -}, {@code _}, {@code .} and whitespace. */
    public static String normalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '-' && c != '_' && c != '.' && !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code name} looks like a credential's by the built-in rules. */
    public static boolean looksLikeCredential(String name) {
        return isCredential(normalize(name));
    }

    /** The same for an already normalized name. */
    static boolean isCredential(String normalized) {
        if (normalized.isEmpty()) {
            return false;
        }
        for (String descriptor : DESCRIPTORS) {
            if (normalized.length() > descriptor.length() && normalized.endsWith(descriptor)) {
                return false;
            }
        }
        for (String stem : STEMS) {
            if (normalized.contains(stem)) {
                return true;
            }
        }
        for (String ending : ENDINGS) {
            if (normalized.endsWith(ending)) {
                return true;
            }
        }
        return WORDS.contains(normalized);
    }
}
