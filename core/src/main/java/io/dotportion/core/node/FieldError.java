package io.dotportion.core.node;

/** One failing request field: {@code field} like {@code body.email}, {@code reason} for a person. */
public record FieldError(String field, String reason) {}
