package io.dotportion.nodes.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Values crossing the sandbox boundary without JSON text, both ways, with JSON's meaning. */
class ValueCodecTest {
    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static JsSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = new JsSandbox(SandboxSettings.defaults().withPoolSize(1));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Object run(String body, Object... arguments) {
        List<String> names = List.of("a", "b", "c").subList(0, arguments.length);
        return sandbox.run(sandbox.prepare(body, names), Arrays.asList(arguments), LIMIT, LIMIT);
    }

    @Test
    void every_kind_of_argument_arrives_as_the_javascript_value_json_would_give() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("nothing", null);
        value.put("yes", true);
        value.put("no", false);
        value.put("text", "Grüße \u2603 \"q\" \\ \n");
        value.put("int", 7);
        value.put("long", 1L << 40);
        value.put("double", 0.25);
        value.put("big", new BigInteger("123456789012345678901234567890"));
        value.put("decimal", new BigDecimal("1.5"));
        value.put("char", 'x');
        value.put("list", List.of(1, "two", List.of()));
        value.put("empty", Map.of());

        Object types = run(
                "return Object.keys(a).map(k => k + ':' + (Array.isArray(a[k]) ? 'array' : a[k] === null ? 'null' : typeof a[k]));",
                value);

        assertThat(types)
                .isEqualTo(List.of(
                        "nothing:null",
                        "yes:boolean",
                        "no:boolean",
                        "text:string",
                        "int:number",
                        "long:number",
                        "double:number",
                        "big:number",
                        "decimal:number",
                        "char:string",
                        "list:array",
                        "empty:object"));
        assertThat(run(
                        "return [a.text, a.long, a.big, a.decimal, a.list[2].length, Object.keys(a.empty).length];",
                        value))
                .isEqualTo(List.of("Grüße \u2603 \"q\" \\ \n", 1099511627776L, 1.2345678901234568E29, 1.5, 0, 0));
    }

    @Test
    void keys_that_object_prototype_holds_become_own_data_properties() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("__proto__", Map.of("polluted", true));
        value.put("toString", "mine");
        value.put("constructor", 1);
        value.put("__defineGetter__", 2);

        assertThat(run(
                        "return [Object.getPrototypeOf(a) === Object.prototype, a.polluted === undefined, "
                                + "Object.keys(a), a.toString, a.constructor, a.__defineGetter__, ({}).polluted === undefined];",
                        value))
                .isEqualTo(List.of(
                        true,
                        true,
                        List.of("__proto__", "toString", "constructor", "__defineGetter__"),
                        "mine",
                        1,
                        2,
                        true));
    }

    @Test
    void arguments_are_the_scripts_own_objects_with_no_door_to_the_host() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("list", new ArrayList<>(List.of(1, 2)));
        value.put("nested", new HashMap<>(Map.of("s", "x")));
        String probe = "const all = [a, a.list, a.nested, a.nested.s, b];"
                + "const refused = (f) => { try { const r = f(); return r === undefined || r === null; } catch (e) { return true; } };"
                + "return [all.map(x => typeof x === 'object' && x !== null"
                + " ? [Object.getPrototypeOf(x) === (Array.isArray(x) ? Array.prototype : Object.prototype), x.getClass, x.class, x.hashCode]"
                + " : [typeof x === 'string', x.getClass]),"
                + " refused(() => a.constructor.constructor('return this')()),"
                + " refused(() => a.list.constructor.constructor('return globalThis')().Java),"
                + " refused(() => Java.type('java.lang.System')),"
                + " refused(() => Polyglot.import('x')),"
                + " refused(() => a.nested.__proto__.__proto__),"
                + " refused(() => arguments.callee.caller),"
                + " typeof Java, typeof Polyglot, typeof Packages];";

        Object result = run(probe, value, "text");

        List<Object> objectFacts = Arrays.asList(true, null, null, null);
        List<Object> stringFacts = Arrays.asList(true, null);
        assertThat(result)
                .isEqualTo(List.of(
                        List.of(objectFacts, objectFacts, objectFacts, stringFacts, stringFacts),
                        true,
                        true,
                        true,
                        true,
                        true,
                        true,
                        "undefined",
                        "undefined",
                        "undefined"));
    }

    @Test
    void a_script_changing_its_arguments_changes_no_host_value() {
        List<Object> list = new ArrayList<>(List.of(1));
        Map<String, Object> value = new HashMap<>(Map.of("list", list, "x", 1));

        run("a.x = 2; a.list.push(3); a.added = true; return a;", value);

        assertThat(value).isEqualTo(Map.of("list", List.of(1), "x", 1));
    }

    @Test
    void every_kind_of_result_comes_back_as_json_would_carry_it() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("n", null);
        expected.put("t", true);
        expected.put("f", false);
        expected.put("s", "é\u0000\"");
        expected.put("i", 42);
        expected.put("negZero", 0);
        expected.put("l", 1099511627776L);
        expected.put("big", new BigInteger("18446744073709552000"));
        expected.put("nearLong", 4611686018427388000L);
        expected.put("d", 0.1);
        expected.put("exp", 1.0E21);
        expected.put("nan", null);
        expected.put("inf", null);
        expected.put("list", Arrays.asList(1, null, null, null, "x"));

        assertThat(run(
                        "return {n: null, t: true, f: false, s: 'é\\u0000\"', i: 42, negZero: -0, l: 2 ** 40, big: 2 ** 64,"
                                + " nearLong: 2 ** 62, d: 0.1, exp: 1e21, nan: NaN, inf: -Infinity, fn: () => 1, sym: Symbol('x'), u: undefined,"
                                + " list: [1, undefined, () => 1, Symbol('y'), 'x']};"))
                .isEqualTo(expected);
    }

    @Test
    void to_json_boxed_primitives_maps_and_sets_follow_json_stringify() {
        assertThat(run("return [new Date(Date.UTC(2024, 0, 2)), new Date(NaN), {toJSON: (k) => 'key:' + k},"
                        + " [{toJSON: (k) => k}], new Number(3), new String('s'), new Boolean(false), new Map([[1, 2]]), new Set([1]),"
                        + " Object.create({inherited: 1}), new Uint8Array([5, 6])];"))
                .isEqualTo(Arrays.asList(
                        "2024-01-02T00:00:00.000Z",
                        null,
                        "key:2",
                        List.of("0"),
                        3,
                        "s",
                        false,
                        Map.of(),
                        Map.of(),
                        Map.of(),
                        Map.of("0", 5, "1", 6)));
        assertThat(run("return {toJSON() { return undefined; }};")).isEqualTo(Undefined.VALUE);
    }

    @Test
    void a_bigint_in_a_result_is_a_script_error() {
        assertThatThrownBy(() -> run("return {n: 1n};")).isInstanceOfSatisfying(ScriptException.class, e -> {
            assertThat(e.kind()).isEqualTo(ScriptException.Kind.SCRIPT_ERROR);
            assertThat(e.getMessage()).contains("BigInt");
        });
    }

    @Test
    void a_cyclic_result_is_refused_as_too_deeply_nested() {
        assertThatThrownBy(() -> run("const o = {}; o.self = o; return o;"))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ScriptException.Kind.RESULT_TOO_LARGE);
                    assertThat(e.getMessage()).contains("nested");
                });
    }

    @Test
    void a_result_nested_as_deep_as_the_limit_comes_back_and_one_level_more_is_refused() {
        String nest =
                "let root = []; let at = root; for (let i = 1; i < %d; i++) { const next = []; at.push(next); at = next; } return root;";

        assertThat(run(nest.formatted(64))).isInstanceOf(List.class);
        assertThatThrownBy(() -> run(nest.formatted(65)))
                .isInstanceOfSatisfying(
                        ScriptException.class,
                        e -> assertThat(e.kind()).isEqualTo(ScriptException.Kind.RESULT_TOO_LARGE));
    }

    @Test
    void values_round_trip_unchanged() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "Ada");
        value.put("tags", List.of("x", Map.of("deep", List.of(1.5, -3, true))));
        value.put("none", null);

        assertThat(run("return a;", value)).isEqualTo(value);
        assertThat(run("return [a, b];", "s", 3)).isEqualTo(List.of("s", 3));
    }
}
