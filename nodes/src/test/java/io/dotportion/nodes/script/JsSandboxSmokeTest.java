package io.dotportion.nodes.script;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsSandboxSmokeTest {
    @Test
    void smoke() {
        try (JsSandbox sandbox = new JsSandbox(SandboxSettings.defaults())) {
            long t0 = System.nanoTime();
            PreparedScript s = sandbox.prepare("return {a: a + 1, d: new Date(0), b: [1.5, 'x', null, () => 1]};", List.of("a"));
            System.out.println("prepare ms " + (System.nanoTime() - t0) / 1e6);
            for (int i = 0; i < 5; i++) {
                t0 = System.nanoTime();
                Object r = sandbox.run(s, List.of(41), Duration.ofSeconds(1), Duration.ofSeconds(10));
                System.out.println(r + " ms " + (System.nanoTime() - t0) / 1e6);
            }
            try { sandbox.prepare("return 1 +\n\n;", List.of("a")); } catch (ScriptSyntaxException e) { System.out.println(e.describe()); }
            try { sandbox.prepare("x = ; ", List.of("a")); } catch (ScriptSyntaxException e) { System.out.println(e.describe()); }
            try { sandbox.prepare("if (a) {\n return 1;", List.of("a")); } catch (ScriptSyntaxException e) { System.out.println(e.describe()); }
            try { sandbox.prepare("}); (function(){", List.of("a")); } catch (ScriptSyntaxException e) { System.out.println(e.describe()); }
            try { sandbox.prepareExpression("1); x(); (2", List.of("a")); } catch (ScriptSyntaxException e) { System.out.println(e.describe()); }
            for (String code : List.of("null.x", "throw 'boom'", "throw new TypeError('bad')", "\n\n  throw new Error('third')", "while(true){}", "return 'x'.repeat(50*1024*1024)", "return import('fs')", "Array.prototype.map = 1", "class E extends Error { constructor(m){ super(m); this.name='E'; } }; const o = {}; o.toString = () => 'y'; return new E('m').name + String(o)", "let o = {}; let c = o; for (let i = 0; i < 100; i++) { c.x = {}; c = c.x; } return o")) {
                PreparedScript p = sandbox.prepare(code, List.of("a"));
                t0 = System.nanoTime();
                try { System.out.println(code + " => " + sandbox.run(p, List.of(1), Duration.ofSeconds(1), Duration.ofSeconds(10))); }
                catch (ScriptException e) { System.out.println(code + " => " + e.kind() + ": " + e.getMessage() + " ms " + (System.nanoTime() - t0) / 1e6); }
            }
        }
    }
}
