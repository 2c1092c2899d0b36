package io.dotportion.nodes.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scripts that try not to end: each ends with a failure within its limit, and the sandbox keeps serving. */
@Timeout(300)
class RunawayScriptTest {
    private static final Duration LIMIT = Duration.ofSeconds(1);
    private static final Duration GENEROUS = Duration.ofSeconds(20);
    private static JsSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = new JsSandbox(SandboxSettings.defaults()
                .withPoolSize(2)
                .withStatementLimit(Long.MAX_VALUE)
                .withMaxAllocation(64L * 1024 * 1024));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Object run(String body) {
        return sandbox.run("runaway", sandbox.prepare(body, List.of("input")), List.of(1), LIMIT, GENEROUS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // catches its own stack overflow, and the cancellation with it (ends on its own after 6 s)
                "const end = Date.now() + 6000; function f(n) { try { return f(n + 1) + 1; }"
                        + " catch (e) { return Date.now() < end ? f(n + 1) : 0; } } f(0); return 'ended';",
                "let x = 2n ** 1000000n; while (true) { x *= x; }",
                "let x = 3n; for (;;) { x = x ** 3n; }",
                "return Array(1e9).fill(0).length;",
                "try { while (true) {} } finally { while (true) {} }",
                "while (true) { try { while (true) {} } catch (e) {} }",
                "return [...(function* () { while (true) { yield 1; } })()].length;",
                "const a = []; while (true) { a.push({ x: a.length }); }",
                "const a = Array.from({ length: 2e7 }, (_, i) => -i); a.sort((x, y) => x - y); return a.length;",
                "let s = [0]; while (true) { s = s.concat(s); }",
                "const m = new Map(); for (let i = 0; ; i++) { m.set(i, 'v' + i); }",
                "return JSON.stringify(Array(2e6).fill('abcdefghij')).length;",
                "return Array(3e6).fill('abcdefghij').join('').length;"
            })
    void a_runaway_script_is_stopped_and_the_sandbox_keeps_serving(String body) {
        // stopped by its time, by its allocation, or by a size cap (a RangeError): never a result
        assertThatThrownBy(() -> run(body))
                .isInstanceOfSatisfying(
                        ScriptException.class,
                        e -> assertThat(e.kind())
                                .isIn(
                                        ScriptException.Kind.TIME_LIMIT,
                                        ScriptException.Kind.RESOURCES,
                                        ScriptException.Kind.SCRIPT_ERROR));
        assertThat(run("return input + 41;")).isEqualTo(42);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "return 'a'.repeat(2 ** 28).length;",
                "let s = 'a'; while (true) { s += s; }",
                "return new Float64Array(2 ** 27).length;",
                "return new ArrayBuffer(2 ** 30).byteLength;",
                "return new ArrayBuffer(8, { maxByteLength: 2 ** 31 }).byteLength;",
                "return new Uint8Array(new SharedArrayBuffer(2 ** 30)).length;",
                "return Atomics.wait(new Int32Array(new SharedArrayBuffer(16)), 0, 0);"
            })
    void an_allocation_past_the_size_caps_fails_at_once(String body) {
        assertThatThrownBy(() -> run(body))
                .isInstanceOfSatisfying(
                        ScriptException.class, e -> assertThat(e.kind()).isEqualTo(ScriptException.Kind.SCRIPT_ERROR));
        assertThat(run("return input + 1;")).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "return /(a+)+$/.test('a'.repeat(40) + 'b');",
                "return /^(\\w+\\s?)*$/.test('a '.repeat(30) + '!');",
                "return /(x+x+)+y/.test('x'.repeat(50));"
            })
    void a_catastrophic_regular_expression_ends(String body) {
        Object result;
        try {
            result = run(body);
        } catch (ScriptException e) {
            result = e.kind();
        }
        assertThat(result).isIn(false, ScriptException.Kind.TIME_LIMIT, ScriptException.Kind.RESOURCES);
        assertThat(run("return input + 1;")).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "const again = () => Promise.resolve().then(again); again(); return 1;",
                "(async () => { while (true) { await null; } })(); return 1;"
            })
    void a_microtask_loop_ends_with_its_run_and_leaves_nothing_behind(String body) {
        Object result;
        try {
            result = run(body);
        } catch (ScriptException e) {
            result = e.kind();
        }
        assertThat(result).isIn(1, ScriptException.Kind.TIME_LIMIT, ScriptException.Kind.RESOURCES);
        for (int i = 0; i < 4; i++) {
            assertThat(sandbox.run(
                            "other",
                            sandbox.prepare("return input + 1;", List.of("input")),
                            List.of(1),
                            LIMIT,
                            GENEROUS))
                    .isEqualTo(2);
        }
    }
}
