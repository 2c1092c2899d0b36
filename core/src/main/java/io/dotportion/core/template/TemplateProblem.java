package io.dotportion.core.template;

/** A template that cannot be parsed: where inside the value, and why. */
public record TemplateProblem(String at, String message) {}
