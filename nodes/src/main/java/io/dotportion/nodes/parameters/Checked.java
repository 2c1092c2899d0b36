package io.dotportion.nodes.parameters;

/** The result of checking one value: the (coerced) value, or why it was refused ("must be an integer"). */
sealed interface Checked {

    record Ok(Object value) implements Checked {}

    record Bad(String reason) implements Checked {}

    static Checked ok(Object value) {
        return new Ok(value);
    }

    static Checked bad(String reason) {
        return new Bad(reason);
    }
}
