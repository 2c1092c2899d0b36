package io.dotportion.nodes.script;

import io.dotportion.core.limit.Limits;
import io.dotportion.core.node.LoopFrame;
import io.dotportion.core.testing.FakeNodeContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Edge-case values for the direct-expression tests, and expressions generated from the direct subset's
 * grammar over them (seeded, so a failure repeats).
 */
final class DirectCases {
    private DirectCases() {}

    /** An input of edge-case values, each under its own key. */
    static Map<String, Object> input() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("zero", 0);
        input.put("negZero", -0.0);
        input.put("nan", Double.NaN);
        input.put("inf", Double.POSITIVE_INFINITY);
        input.put("big", 1e21);
        input.put("p53", (1L << 53) + 1);
        input.put("lmax", Long.MAX_VALUE);
        input.put("lmin", Long.MIN_VALUE);
        input.put("seven", 7);
        input.put("neg", -2.5);
        input.put("half", 0.5);
        input.put("tiny", 5e-324);
        input.put("short", (short) 3);
        input.put("float", 1.1f);
        input.put("bi", new BigInteger("123456789012345678901234567890"));
        input.put("bd", new BigDecimal("0.1"));
        input.put("bdBig", new BigDecimal("12345678901234567890.5"));
        input.put("empty", "");
        input.put("ten", "10");
        input.put("nine", "9");
        input.put("uni", "é😀");
        input.put("lone", "\uD800");
        input.put("high", "\uFFFF");
        input.put("char", 'c');
        input.put("yes", true);
        input.put("no", false);
        input.put("nul", null);
        input.put("nested", Map.of("a", Map.of("b", List.of(1, 2, Map.of("c", "x")))));
        input.put("list", Arrays.asList(1, "two", null, List.of(3), Map.of("k", 4)));
        input.put("digits", new LinkedHashMap<>(Map.of("b", "bee", "1", "one")));
        input.put("own", new LinkedHashMap<>(Map.of("__proto__", 1, "constructor", 2, "toString", 3, "length", 4)));
        input.put("set", new LinkedHashSet<>(List.of(1, 2)));
        input.put("emptyList", List.of());
        input.put("emptyMap", Map.of());
        return input;
    }

    /** A context for comparing runs: limits far enough that a loaded machine does not fail a sandbox run on time. */
    static FakeNodeContext context(Object input) {
        return FakeNodeContext.create()
                .withLimits(Limits.defaults().withScriptTimeout(Duration.ofSeconds(30)))
                .withRemaining(Duration.ofSeconds(60))
                .withInput(input)
                .withStep("params", Map.of("password", "s3cret", "age", 18))
                .withLoop(new LoopFrame("each", Map.of("sku", "A-1", "qty", 3, "price", 2.5), 1, null));
    }

    private static final List<String> LEAVES = List.of(
            "0",
            "-0",
            "1",
            "1.5",
            "18",
            "1e21",
            "9007199254740993",
            "0x10",
            "''",
            "'10'",
            "'9'",
            "'a'",
            "'\\u00e9'",
            "'\\ud83d\\ude00'",
            "true",
            "false",
            "null",
            "undefined",
            "NaN",
            "Infinity",
            "input",
            "input.missing",
            "input.list[0]",
            "input.list[1]",
            "input.list[2]",
            "input.list[3]",
            "input.list[9]",
            "input.list[-1]",
            "input.list[1.5]",
            "input.list['0']",
            "input.list['01']",
            "input.list.length",
            "input.uni.length",
            "input.uni[1]",
            "input.lone[0]",
            "input.nested.a.b[2].c",
            "input.nested.a",
            "input['zero']",
            "input.own.__proto__",
            "input.own.constructor",
            "input.own.length",
            "input.digits[1]",
            "input.digits['1']",
            "input.emptyList",
            "input.emptyMap",
            "loop.item.qty",
            "loop.item.price",
            "loop.index",
            "loop.item",
            "steps.params.password",
            "steps.params.age",
            "steps.missing",
            "input.constructor",
            "input.toString",
            "input.__proto__",
            "input.set",
            "input.emptyList.length");

    private static final List<String> BINARY =
            List.of("&&", "||", "??", "===", "!==", "<", "<=", ">", ">=", "+", "-", "*", "/", "%", "+", "===");

    private static final List<String> MATH = List.of("max", "min", "abs", "floor", "ceil", "round");

    /** A random expression of the subset, at most {@code depth} levels deep. */
    static String expression(Random random, int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return leaf(random);
        }
        return switch (random.nextInt(12)) {
            case 0 -> "!" + sub(random, depth);
            case 1 -> "-" + sub(random, depth);
            case 2 -> sub(random, depth) + " ? " + sub(random, depth) + " : " + sub(random, depth);
            case 3 ->
                sub(random, depth)
                        + (random.nextBoolean() ? " == " : " != ")
                        + (random.nextBoolean() ? "null" : "undefined");
            case 4 -> "Math." + MATH.get(random.nextInt(MATH.size())) + "(" + arguments(random, depth) + ")";
            case 5 -> "{ a: " + sub(random, depth) + ", 'b c': " + sub(random, depth) + " }";
            case 6 -> "[" + arguments(random, depth) + "]";
            case 7 -> sub(random, depth) + "[" + sub(random, depth) + "]";
            default -> sub(random, depth) + " " + BINARY.get(random.nextInt(BINARY.size())) + " " + sub(random, depth);
        };
    }

    private static final List<String> NUMBERS = List.of(
            "0",
            "-0",
            "1",
            "3",
            "0.1",
            "1e21",
            "1e-7",
            "2e300",
            "9007199254740993",
            "input.zero",
            "input.negZero",
            "input.nan",
            "input.inf",
            "input.big",
            "input.p53",
            "input.lmax",
            "input.lmin",
            "input.seven",
            "input.neg",
            "input.half",
            "input.tiny",
            "input.short",
            "input.float",
            "input.bi",
            "input.bd",
            "input.bdBig",
            "loop.item.qty",
            "loop.item.price",
            "loop.index",
            "input.list.length",
            "input.uni.length",
            "steps.params.age",
            "input.list[0]");

    private static final List<String> STRINGS = List.of(
            "''",
            "'10'",
            "'9'",
            "'a'",
            "'A'",
            "'\\u00e9'",
            "'\\ud83d\\ude00'",
            "input.empty",
            "input.ten",
            "input.nine",
            "input.uni",
            "input.lone",
            "input.high",
            "input.char",
            "input.uni[0]",
            "input.uni[2]",
            "steps.params.password",
            "loop.item.sku",
            "input.list[1]",
            "input.nested.a.b[2].c");

    private static final List<String> ARITHMETIC = List.of("+", "-", "*", "/", "%");

    private static final List<String> RELATIONS = List.of("<", "<=", ">", ">=", "===", "!==");

    /** A random expression that keeps operand types apart, so that most of it runs directly. */
    static String typed(Random random, int depth) {
        return switch (random.nextInt(5)) {
            case 0 -> number(random, depth);
            case 1 -> string(random, depth);
            case 2, 3 -> bool(random, depth);
            default ->
                "{ n: " + number(random, depth - 1) + ", s: " + string(random, depth - 1) + ", b: ["
                        + bool(random, depth - 1) + ", " + number(random, depth - 1) + "] }";
        };
    }

    private static String number(Random random, int depth) {
        if (depth <= 0 || random.nextInt(3) == 0) {
            return NUMBERS.get(random.nextInt(NUMBERS.size()));
        }
        return switch (random.nextInt(6)) {
            case 0 -> "-(" + number(random, depth - 1) + ")";
            case 1 ->
                "Math." + MATH.get(random.nextInt(MATH.size())) + "(" + number(random, depth - 1) + ", "
                        + number(random, depth - 1) + ")";
            case 2 ->
                "(" + bool(random, depth - 1) + " ? " + number(random, depth - 1) + " : " + number(random, depth - 1)
                        + ")";
            case 3 -> "(" + string(random, depth - 1) + ").length";
            default ->
                "(" + number(random, depth - 1) + " " + ARITHMETIC.get(random.nextInt(ARITHMETIC.size())) + " "
                        + number(random, depth - 1) + ")";
        };
    }

    private static String string(Random random, int depth) {
        if (depth <= 0 || random.nextInt(3) == 0) {
            return STRINGS.get(random.nextInt(STRINGS.size()));
        }
        return switch (random.nextInt(3)) {
            case 0 -> "(" + string(random, depth - 1) + ")[" + random.nextInt(3) + "]";
            case 1 ->
                "(" + bool(random, depth - 1) + " ? " + string(random, depth - 1) + " : " + string(random, depth - 1)
                        + ")";
            default -> "(" + string(random, depth - 1) + " + " + string(random, depth - 1) + ")";
        };
    }

    private static String bool(Random random, int depth) {
        boolean numbers = random.nextBoolean();
        String relation = RELATIONS.get(random.nextInt(RELATIONS.size()));
        if (depth <= 0 || random.nextInt(3) == 0) {
            return numbers
                    ? "(" + number(random, 0) + " " + relation + " " + number(random, 0) + ")"
                    : "(" + string(random, 0) + " " + relation + " " + string(random, 0) + ")";
        }
        return switch (random.nextInt(4)) {
            case 0 -> "!" + bool(random, depth - 1);
            case 1 ->
                "(" + bool(random, depth - 1) + (random.nextBoolean() ? " && " : " || ")
                        + (random.nextBoolean() ? bool(random, depth - 1) : number(random, depth - 1)) + ")";
            default ->
                numbers
                        ? "(" + number(random, depth - 1) + " " + relation + " " + number(random, depth - 1) + ")"
                        : "(" + string(random, depth - 1) + " " + relation + " " + string(random, depth - 1) + ")";
        };
    }

    private static String leaf(Random random) {
        return LEAVES.get(random.nextInt(LEAVES.size()));
    }

    private static String sub(Random random, int depth) {
        return "(" + expression(random, depth - 1) + ")";
    }

    private static String arguments(Random random, int depth) {
        List<String> items = new ArrayList<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
            items.add(sub(random, depth));
        }
        return String.join(", ", items);
    }
}
