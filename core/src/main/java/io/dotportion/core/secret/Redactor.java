package io.dotportion.core.secret;

/** Masks secret values in text before it is stored or logged (traces, the execution log); answers are never masked. */
@FunctionalInterface
public interface Redactor {

    String redact(String text);

    Redactor NONE = text -> text;
}
