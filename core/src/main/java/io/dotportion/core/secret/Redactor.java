package io.dotportion.core.secret;

/** Masks secret values in text before it is stored, logged or answered. */
@FunctionalInterface
public interface Redactor {

    String redact(String text);

    Redactor NONE = text -> text;
}
