package io.dotportion.store.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.store.EmbeddedStoreTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoDataSchemaStoreTest extends EmbeddedStoreTestBase {
    private MongoDataSchemaStore schemas;

    @BeforeEach
    void open() {
        schemas = new MongoDataSchemaStore(client.getDatabase(settings.databaseName()), clock);
    }

    @Test
    void a_schema_is_saved_replaced_listed_and_deleted_per_project_and_collection() {
        Map<String, Object> first = Map.of(
                "required",
                List.of("a.b"),
                "properties",
                Map.of("a.b", Map.of("type", "string"), "$weird", Map.of("type", "integer")));
        schemas.save("p1", "users", first);
        schemas.save("p1", "orders", Map.of("properties", Map.of()));
        schemas.save("p2", "users", Map.of("properties", Map.of("x", Map.of())));

        assertThat(schemas.find("p1", "users")).contains(first);
        schemas.save("p1", "users", Map.of("properties", Map.of("c", Map.of("type", "boolean"))));
        assertThat(schemas.find("p1", "users").orElseThrow())
                .isEqualTo(Map.of("properties", Map.of("c", Map.of("type", "boolean"))));
        assertThat(schemas.all("p1")).containsOnlyKeys("orders", "users");
        assertThat(schemas.delete("p1", "users")).isTrue();
        assertThat(schemas.delete("p1", "users")).isFalse();
        assertThat(schemas.find("p1", "users")).isEmpty();
        assertThat(schemas.find("p2", "users")).isPresent();
    }
}
