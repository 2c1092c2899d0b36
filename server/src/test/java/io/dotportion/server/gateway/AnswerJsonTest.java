package io.dotportion.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.value.FixedKeys;
import io.dotportion.core.value.FixedMap;
import io.dotportion.core.value.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The answer's bytes are exactly what the mapper's text, encoded as UTF-8, was: emoji, unpaired surrogates,
 * control and line-separator characters, every kind of number values hold, nesting, and values the walk leaves
 * to the mapper.
 */
class AnswerJsonTest {
    private static final List<String> TEXTS = List.of(
            "",
            "Ada",
            "😀",
            "a😀b👍🏽c",
            "\uD83D",
            "\uDE00",
            "x\uD800y",
            "\uDBFF\uDFFF",
            "\uDE00\uD83D",
            "\u0000\u0001\u001f\u007f\t\n\r\b\f",
            "\u2028\u2029\u00e9\u4e2d\ufeff\uffff",
            "\"\\/</script>&'");

    @Test
    void text_of_every_hard_kind_is_written_as_the_mapper_wrote_it() {
        for (String text : TEXTS) {
            assertSame(text);
            assertSame(Map.of("hello", text));
            assertSame(Map.of(text, List.of(text, text)));
        }
    }

    @Test
    void numbers_booleans_and_nulls_are_written_as_the_mapper_wrote_them() {
        List<Object> values = new ArrayList<>(Arrays.asList(
                0,
                -1,
                Integer.MAX_VALUE,
                Integer.MIN_VALUE,
                Long.MAX_VALUE,
                Long.MIN_VALUE,
                0.1,
                -0.0,
                1e300,
                1e-300,
                1.0,
                123456789012345.0,
                Double.NaN,
                Double.POSITIVE_INFINITY,
                new BigDecimal("1E+3"),
                new BigDecimal("0.000001"),
                new BigDecimal("-12.50"),
                new BigInteger("123456789012345678901234567890"),
                1.5f,
                (short) 7,
                (byte) 3,
                true,
                false,
                null));
        assertSame(values);
        for (Object value : values) {
            assertSame(value);
        }
    }

    @Test
    void nested_and_empty_trees_and_fixed_maps_are_written_as_the_mapper_wrote_them() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", null);
        inner.put("a", List.of());
        inner.put("m", Map.of());
        inner.put("deep", List.of(List.of(Map.of("k", List.of(1, "two", false)))));
        FixedMap fixed = new FixedMap(FixedKeys.of("first", "second", "third"), new Object[] {1, null, inner});
        assertSame(fixed);
        assertSame(List.of(fixed, inner, List.of()));
        assertSame(Map.of());
    }

    @Test
    void values_outside_the_tree_are_left_to_the_mapper() {
        Map<Object, Object> numberKeys = new LinkedHashMap<>();
        numberKeys.put(1, "one");
        numberKeys.put(2, List.of('c', new int[] {1, 2}));
        assertSame(numberKeys);
        assertSame(Map.of("point", new Point(1, "x\uD800")));
        assertSame(Map.of("set", new java.util.TreeSet<>(List.of("b", "a"))));
    }

    @Test
    void random_trees_of_random_text_are_written_as_the_mapper_wrote_them() {
        Random random = new Random(9);
        for (int i = 0; i < 2_000; i++) {
            assertSame(tree(random, 3));
        }
    }

    private record Point(int x, String label) {}

    private static Object tree(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 6 : 4);
        return switch (kind) {
            case 0 -> text(random);
            case 1 -> random.nextInt();
            case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
            case 3 -> random.nextBoolean() ? null : random.nextBoolean();
            case 4 -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int k = random.nextInt(4); k > 0; k--) {
                    map.put(text(random), tree(random, depth - 1));
                }
                yield map;
            }
            default -> {
                List<Object> list = new ArrayList<>();
                for (int k = random.nextInt(4); k > 0; k--) {
                    list.add(tree(random, depth - 1));
                }
                yield list;
            }
        };
    }

    /** Text of code units drawn from every range that is escaped or encoded differently, surrogates alone too. */
    private static String text(Random random) {
        char[] ranges = {
            0x00, 0x1f, 0x20, 0x7e, 0x7f, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xffff
        };
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(8); n > 0; n--) {
            int range = random.nextInt(ranges.length / 2);
            int low = ranges[range * 2];
            int high = ranges[range * 2 + 1];
            if (random.nextInt(4) == 0) {
                text.appendCodePoint(0x1F600 + random.nextInt(80)); // a whole pair
            } else {
                text.append((char) (low + random.nextInt(high - low + 1)));
            }
        }
        return text.toString();
    }

    private static void assertSame(Object value) {
        byte[] before = Json.write(value).getBytes(StandardCharsets.UTF_8);
        assertThat(AnswerJson.bytes(value)).as("%s", value).isEqualTo(before);
    }
}
