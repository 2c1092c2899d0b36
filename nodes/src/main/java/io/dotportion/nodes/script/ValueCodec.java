package io.dotportion.nodes.script;

import io.dotportion.core.value.Json;
import io.dotportion.nodes.script.direct.JsNumbers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * Moves plain value trees across the sandbox boundary as a flat tape of primitives, without JSON text:
 * a string of kinds (one character per value: {@link Tape}) and the strings and numbers in order. The
 * init script's runner builds fresh JavaScript objects and arrays from the argument tape inside the
 * context, and flattens the script's result into a tape of its own, read here. What reaches a script is
 * only ever its own realm's objects and primitives: no host object, proxy or source text.
 *
 * <p>What crosses keeps JSON's meaning, as {@code JSON.parse} and {@code JSON.stringify} would: in results
 * {@code toJSON} is called (a {@code Date} becomes its ISO-8601 string), boxed primitives are unwrapped,
 * NaN and Infinity become null, functions, symbols and {@code undefined} inside objects are left out
 * (inside arrays, null), a {@code Map} or {@code Set} becomes {@code {}}, and a {@code BigInt} is an error.
 * Integral numbers come back as Integer or Long (BigInteger beyond; from 2^53 on with the digits
 * JavaScript prints), others as Double. A result nested more than {@link Json#MAX_DEPTH} levels (a cycle
 * included) or longer than the result limit, measured as its JSON text without escapes, is refused.
 */
final class ValueCodec {
    /** Most levels of nesting in an argument; deeper trees are refused rather than overflowing the stack. */
    static final int MAX_ARGUMENT_DEPTH = 1000;

    private ValueCodec() {}

    /** The arguments on one tape, in order; {@link Undefined#VALUE} becomes {@code undefined}. */
    static Tape encode(List<?> arguments) {
        Tape tape = new Tape();
        for (Object argument : arguments) {
            write(tape, argument, 0);
        }
        return tape;
    }

    private static void write(Tape tape, Object value, int depth) {
        switch (value) {
            case null -> tape.kind(Tape.NULL);
            case String s -> tape.add(Tape.STRING, s);
            case Boolean b -> tape.kind(b ? Tape.TRUE : Tape.FALSE);
            case Integer i -> tape.add(Tape.NUMBER, i);
            case Double d -> tape.add(Tape.NUMBER, d);
            case Long l -> tape.add(Tape.NUMBER, l == l.intValue() ? (Object) l.intValue() : (Object) l.doubleValue());
            case Short s -> tape.add(Tape.NUMBER, s.intValue());
            case Byte b -> tape.add(Tape.NUMBER, b.intValue());
            case Number n -> tape.add(Tape.NUMBER, n.doubleValue());
            case Map<?, ?> map -> {
                nested(depth);
                tape.kind(Tape.OBJECT);
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    tape.value(String.valueOf(entry.getKey()));
                    write(tape, entry.getValue(), depth + 1);
                }
                tape.kind(Tape.END);
            }
            case Collection<?> list -> {
                nested(depth);
                tape.kind(Tape.ARRAY);
                for (Object item : list) {
                    write(tape, item, depth + 1);
                }
                tape.kind(Tape.END);
            }
            case Undefined u -> tape.kind(Tape.UNDEFINED);
            case Character c -> tape.add(Tape.STRING, c.toString());
            default -> write(tape, Json.mapper().convertValue(value, Object.class), depth);
        }
    }

    private static void nested(int depth) {
        if (depth >= MAX_ARGUMENT_DEPTH) {
            throw new ScriptException(
                    ScriptException.Kind.SCRIPT_ERROR,
                    "script input is nested more than " + MAX_ARGUMENT_DEPTH + " levels deep");
        }
    }

    /**
     * The result tree of the tape the runner returned ({@code out[0]} the kinds, then the strings and
     * numbers), or {@link Undefined#VALUE} for none. Runs on the thread in the context.
     */
    static Object decode(Value out) {
        Reader reader = new Reader(out, out.getArrayElement(0).asString());
        return reader.value(reader.next());
    }

    /** The number as JSON text would have carried it: Integer, Long or BigInteger when integral, else Double. */
    static Object number(double d) {
        return JsNumbers.result(d);
    }

    /** Reads one result tape in order. */
    private static final class Reader {
        private final Value out;
        private final String kinds;
        private int kind;
        private int slot = 1;

        Reader(Value out, String kinds) {
            this.out = out;
            this.kinds = kinds;
        }

        char next() {
            return kinds.charAt(kind++);
        }

        Object value(char kind) {
            return switch (kind) {
                case Tape.NULL -> null;
                case Tape.TRUE -> Boolean.TRUE;
                case Tape.FALSE -> Boolean.FALSE;
                case Tape.STRING -> out.getArrayElement(slot++).asString();
                case Tape.NUMBER -> number(out.getArrayElement(slot++).asDouble());
                case Tape.OBJECT -> object();
                case Tape.ARRAY -> array();
                default -> throw new IllegalStateException("unexpected result tape kind " + kind);
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            for (char kind = next(); kind != Tape.END; kind = next()) {
                String key = out.getArrayElement(slot++).asString();
                map.put(key, value(kind));
            }
            return map;
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            for (char kind = next(); kind != Tape.END; kind = next()) {
                list.add(value(kind));
            }
            return list;
        }
    }
}
