package io.dotportion.secrets.vault;

import com.google.crypto.tink.Aead;
import io.dotportion.core.port.SecretRecord;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * Seals a secret value with the project's AES-256-GCM key (Tink: fresh random 96-bit nonce per
 * seal) and associated data {@code projectId|name|version} for the {@code live} environment (the binding
 * every stored secret had before environments, so they open unchanged) and
 * {@code projectId|name|version|environment} for every other environment: a ciphertext moved to another
 * project, name, version or environment does not open. Names, versions and environments hold no '|', so
 * the binding is unambiguous.
 */
final class Sealer {

    byte[] seal(Aead aead, Binding binding, byte[] plaintext) throws GeneralSecurityException {
        try {
            return aead.encrypt(plaintext, binding.associatedData());
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** The plaintext as characters; throws when the ciphertext does not open under this binding. */
    char[] open(Aead aead, Binding binding, byte[] ciphertext) throws GeneralSecurityException {
        byte[] plaintext = aead.decrypt(ciphertext, binding.associatedData());
        try {
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(plaintext));
            char[] value = new char[chars.remaining()];
            chars.get(value);
            if (chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
            return value;
        } catch (CharacterCodingException e) {
            throw new GeneralSecurityException("plaintext is not UTF-8");
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** What a ciphertext is bound to. */
    record Binding(String projectId, String name, int version, String environment) {
        byte[] associatedData() {
            String base = projectId + "|" + name + "|" + version;
            return (environment.equals(SecretRecord.LIVE) ? base : base + "|" + environment)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
