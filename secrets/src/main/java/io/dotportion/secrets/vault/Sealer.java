package io.dotportion.secrets.vault;

import com.google.crypto.tink.Aead;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * Seals a secret value with the project's AES-256-GCM key (Tink: fresh random 96-bit nonce per
 * seal) and associated data {@code projectId|name|version}: a ciphertext moved to another project,
 * name or version does not open. Names and versions hold no '|', so the binding is unambiguous.
 */
final class Sealer {

    byte[] seal(Aead aead, String projectId, String name, int version, byte[] plaintext)
            throws GeneralSecurityException {
        try {
            return aead.encrypt(plaintext, associatedData(projectId, name, version));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** The plaintext as characters; throws when the ciphertext does not open under this binding. */
    char[] open(Aead aead, String projectId, String name, int version, byte[] ciphertext)
            throws GeneralSecurityException {
        byte[] plaintext = aead.decrypt(ciphertext, associatedData(projectId, name, version));
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

    static byte[] associatedData(String projectId, String name, int version) {
        return (projectId + "|" + name + "|" + version).getBytes(StandardCharsets.UTF_8);
    }
}
