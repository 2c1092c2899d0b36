/**
 * Secrets: encrypted at rest, referenced by name, never exposed.
 *
 * <h2>Envelope encryption</h2>
 * A 256-bit master key ({@code DOTPORTION_MASTER_KEY}, {@code --master-key-file}, or a generated
 * owner-only {@code <data>/master.key}) wraps one Tink AES256_GCM keyset per project, with associated
 * data binding the project id; the wrapped keyset is stored with the master key's id (a fingerprint,
 * never the key). Each secret value is sealed with the project's keyset (fresh 96-bit nonce) and
 * associated data {@code projectId|name|version}: a ciphertext moved to another project, name or
 * version does not open, and a damaged one fails for that secret alone.
 *
 * <h2>Speed and immediacy</h2>
 * Unwrapped project keys and sealed records are cached in memory; a resolve decrypts per use and reads
 * no database. Every write bumps a per-project change stamp; each process polls the stamps of the
 * projects it caches (every 250 ms by default) and reloads what moved, so a write anywhere is used
 * everywhere within a second. No change streams, no transactions: single-document atomic updates only.
 *
 * <h2>Master-key rotation</h2>
 * {@link io.dotportion.secrets.key.MasterKeyRotation} rewraps every keyset (one conditional
 * single-document update each) while servers keep serving: the key material inside a keyset does not
 * change, and servers hold every keyset unwrapped since startup, so running servers are unaffected.
 * A server started during or after the rotation must hold the new key; passing the old one as the
 * previous key lets it open keysets still (or newly) wrapped by the old key until the rollout ends.
 * Running the rotation again moves any keyset a server created with the old key meanwhile, and the
 * report says how many remain on the old key.
 *
 * <h2>Never exposed</h2>
 * Values leave only as {@link io.dotportion.core.secret.Secret}. Each execution gets an
 * {@link io.dotportion.secrets.redact.ExecutionRedactor} that masks every value the execution
 * resolved where it stands as a whole token, as {@code [secret:<name>]}, and the password of any MongoDB
 * URL, in the execution's trace and log. HTTP answers are not rewritten: no template, script or node
 * output can carry a value there.
 */
package io.dotportion.secrets;
