package io.dotportion.secrets.vault;

/**
 * What a write supplies: a value given by the caller, or a request to generate one. Neither prints its
 * value nor has an accessor a serializer can find.
 */
public sealed interface SecretInput permits SecretInput.Given, SecretInput.Generated {

    static SecretInput of(String value) {
        return new Given(value);
    }

    static SecretInput generate() {
        return new Generated();
    }

    /** A caller's value; {@link #reveal()} is the way out. */
    final class Given implements SecretInput {
        private final String value;

        private Given(String value) {
            this.value = value;
        }

        public String reveal() {
            return value;
        }

        @Override
        public String toString() {
            return "***";
        }
    }

    /** Generate a random value (jwt only). */
    final class Generated implements SecretInput {
        private Generated() {}

        @Override
        public String toString() {
            return "generate";
        }
    }
}
