package io.dotportion.nodes.script;

import java.util.Arrays;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * Arguments on their way into a context: a string of kinds, one character per value, and the strings and
 * numbers in order (object keys too, before each member's value). An object is {@code o}, its members and
 * {@code e}; an array {@code a}, its items and {@code e}. The runner in {@code sandbox-init.js} reads the
 * values through this read-only {@link ProxyArray} and builds its own objects from them; the tape is a
 * local of the runner, never handed to a script, and holds only Java strings, Integers and Doubles, which
 * reach JavaScript as primitives.
 */
final class Tape implements ProxyArray {
    static final char NULL = 'n';
    static final char UNDEFINED = 'u';
    static final char TRUE = 't';
    static final char FALSE = 'f';
    static final char STRING = 's';
    static final char NUMBER = 'd';
    static final char OBJECT = 'o';
    static final char ARRAY = 'a';
    static final char END = 'e';

    private final StringBuilder kinds = new StringBuilder(16);
    private Object[] values = new Object[8];
    private int size;

    void kind(char kind) {
        kinds.append(kind);
    }

    void add(char kind, Object value) {
        kinds.append(kind);
        value(value);
    }

    void value(Object value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    String kinds() {
        return kinds.toString();
    }

    @Override
    public Object get(long index) {
        if (index < 0 || index >= size) {
            throw new ArrayIndexOutOfBoundsException("no such tape slot");
        }
        return values[(int) index];
    }

    @Override
    public void set(long index, Value value) {
        throw new UnsupportedOperationException("the tape is read-only");
    }

    @Override
    public long getSize() {
        return size;
    }
}
