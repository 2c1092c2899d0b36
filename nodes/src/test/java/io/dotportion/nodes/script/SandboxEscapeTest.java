package io.dotportion.nodes.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scripts that try to reach the host, the network, files, processes or other runs. */
class SandboxEscapeTest {
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

    private static Object run(String body) {
        return sandbox.run(sandbox.prepare(body, List.of("input")), List.of("data"), LIMIT, LIMIT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "return Java.type('java.lang.System');",
                "return Packages.java.lang.System.exit(1);",
                "return java.lang.System.getenv();",
                "return load('x.js');",
                "return loadWithNewGlobal({script: '1'});",
                "return Polyglot.eval('js', '1');",
                "return Polyglot.import('x');",
                "return require('fs');",
                "return fetch('http://127.0.0.1');",
                "return import('fs');",
                "return new Worker('x.js');",
                "return process.exit();",
                "return quit();",
                "return exit(1);",
                "return print('x');",
                "return printErr('x');",
                "return Graal.versionJS;",
                "return eval('1 + 1');",
                "return Function('return this')();",
                "return (function () {}).constructor('return this')();",
                "return this.constructor.constructor('return this')();",
                "return ({}).constructor.constructor('return globalThis')().Java.type('java.lang.System');",
                "return Object.getPrototypeOf(async function () {}).constructor('return 1')();",
                "return new FinalizationRegistry(() => {});",
                "return Debug.typeof(1);",
                "return new Intl.Segmenter();",
            })
    void an_escape_attempt_gets_an_error(String body) {
        assertThatThrownBy(() -> run(body)).isInstanceOfSatisfying(ScriptException.class, e -> {
            assertThat(e.kind()).isEqualTo(ScriptException.Kind.SCRIPT_ERROR);
            assertThat(e.getMessage()).startsWith("script error: ").doesNotContain("at org.", "at com.", "Exception");
        });
    }

    @Test
    void the_global_object_offers_no_door_to_the_host() {
        Object found = run("""
                const g = globalThis;
                return ['Java', 'Packages', 'java', 'javax', 'Polyglot', 'Graal', 'load', 'print', 'require',
                        'process', 'fetch', 'Worker', 'quit', 'exit', 'module', 'exports']
                    .filter(name => name in g);
                """);

        assertThat(found).isEqualTo(List.of());
    }

    @Test
    void a_static_import_does_not_compile() {
        assertThatThrownBy(() -> sandbox.prepare("import fs from 'fs'; return fs;", List.of("input")))
                .isInstanceOf(ScriptSyntaxException.class);
    }

    @Test
    void console_exists_and_writes_nowhere() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        try {
            System.setOut(capture);
            System.setErr(capture);
            assertThat(run("console.log('canary-4711'); console.error('canary-4711'); return 'ok';"))
                    .isEqualTo("ok");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("canary-4711");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Array.prototype.map = function () { return ['tampered']; };",
                "JSON.stringify = () => '\"tampered\"';",
                "Object.prototype.tampered = true;",
                "globalThis.tampered = true;",
                "Object.defineProperty(globalThis, 'tampered', {value: true});",
                "Object.prototype.toString = () => 'tampered';",
                "Error.prototype.message = 'tampered';",
                "Object.getPrototypeOf([][Symbol.iterator]()).next = () => ({done: true});",
                "Object.setPrototypeOf(Array.prototype, null);",
                "console.log = () => { throw new Error('tampered'); };",
            })
    void a_script_cannot_change_what_later_runs_see(String tamper) {
        assertThatThrownBy(() -> run(tamper)).isInstanceOf(ScriptException.class);

        Object after = run("""
                return [[1, 2].map(x => x * 2), JSON.stringify({a: 1}), typeof tampered, ({}).tampered,
                        String({}), new Error('m').message, [...[7]], Object.getPrototypeOf(Array.prototype) === Object.prototype,
                        (console.log('x'), 'logged')];
                """);
        assertThat(after)
                .isEqualTo(Arrays.asList(
                        List.of(2, 4),
                        "{\"a\":1}",
                        "undefined",
                        null,
                        "[object Object]",
                        "m",
                        List.of(7),
                        true,
                        "logged"));
    }

    @Test
    void the_last_regexp_match_of_one_run_is_invisible_to_the_next() {
        run("/(secret-\\d+)/.exec('token secret-42'); return 1;");

        assertThat(run("return [typeof RegExp.$1, typeof RegExp.lastMatch, typeof RegExp.input];"))
                .isEqualTo(List.of("undefined", "undefined", "undefined"));
    }
}
