package io.dotportion.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FixedMapTest {
    private static final FixedKeys ABC = FixedKeys.of("a", "b", "c");

    @Test
    void iterates_in_key_order_and_writes_json_in_that_order() {
        FixedMap map = new FixedMap(FixedKeys.of("z", "a", "m"), new Object[] {1, "two", List.of(3)});

        assertThat(new ArrayList<>(map.keySet())).containsExactly("z", "a", "m");
        assertThat(Json.write(map)).isEqualTo("{\"z\":1,\"a\":\"two\",\"m\":[3]}");
    }

    @Test
    void an_absent_slot_has_no_entry_but_null_is_a_value() {
        FixedMap map = new FixedMap(ABC, new Object[] {FixedMap.ABSENT, null, "c"});

        assertThat(map).hasSize(2);
        assertThat(map.containsKey("a")).isFalse();
        assertThat(map.containsKey("b")).isTrue();
        assertThat(map.get("b")).isNull();
        assertThat(map.get("a")).isNull();
        assertThat(Json.write(map)).isEqualTo("{\"b\":null,\"c\":\"c\"}");
    }

    @Test
    void equals_and_hashes_like_the_linked_hash_map_it_replaces() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("b", null);
        expected.put("c", 3);
        FixedMap map = new FixedMap(ABC, new Object[] {FixedMap.ABSENT, null, 3});

        assertThat(map).isEqualTo(expected);
        assertThat(expected).isEqualTo(map);
        assertThat(map.hashCode()).isEqualTo(expected.hashCode());
        assertThat(map.toString()).isEqualTo(expected.toString());
    }

    @Test
    void unknown_and_null_keys_are_missing() {
        FixedMap small = new FixedMap(ABC, new Object[] {1, 2, 3});
        FixedMap large = new FixedMap(
                FixedKeys.of(List.of("k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9")),
                new Object[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});

        assertThat(small.get("d")).isNull();
        assertThat(small.get(null)).isNull();
        assertThat(small.containsKey(7)).isFalse();
        assertThat(large.get("k9")).isEqualTo(9);
        assertThat(large.get("k10")).isNull();
        assertThat(large.get(null)).isNull();
        assertThat(large.containsKey("k0")).isTrue();
    }

    @Test
    void cannot_be_changed() {
        FixedMap map = new FixedMap(ABC, new Object[] {1, 2, 3});

        assertThatThrownBy(() -> map.put("a", 9)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(9))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(map).containsEntry("a", 1);
    }

    @Test
    void each_visits_present_entries_in_order() {
        FixedMap map = new FixedMap(ABC, new Object[] {1, FixedMap.ABSENT, 3});
        List<String> seen = new ArrayList<>();

        map.forEach((k, v) -> seen.add(k + "=" + v));

        assertThat(seen).containsExactly("a=1", "c=3");
        assertThat(Values.immutableCopy(map)).isEqualTo(Map.of("a", 1, "c", 3));
    }

    @Test
    void keys_must_be_distinct_and_values_match_them() {
        assertThatThrownBy(() -> FixedKeys.of("a", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FixedMap(ABC, new Object[2])).isInstanceOf(IllegalArgumentException.class);
    }
}
