package io.dotportion.core.model;

/** Where the editor draws a node. Carries no meaning for execution. */
public record Position(double x, double y) {}
