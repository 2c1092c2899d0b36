package io.dotportion.store.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.port.ConflictException;
import io.dotportion.core.port.DataCollections;
import io.dotportion.store.EmbeddedStoreTestBase;
import io.dotportion.store.mongo.Ids;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoDataCollectionsTest extends EmbeddedStoreTestBase {
    private String database;
    private DataCollections data;

    @BeforeEach
    void open() {
        database = "project_" + Ids.newId();
        data = new MongoDataCollections(client.getDatabase(database));
    }

    @Test
    void ids_and_dates_are_typed_on_write_and_plain_on_read() {
        String hex = new ObjectId().toHexString();
        Map<String, Object> stored = data.insert(
                "notes",
                Map.of(
                        "_id",
                        hex,
                        "at",
                        Map.of("$date", "2025-01-02T03:04:05Z"),
                        "owner",
                        Map.of("$oid", hex),
                        "price",
                        new BigDecimal("1.25")));

        Document raw =
                client.getDatabase(database).getCollection("notes").find().first();
        assertThat(raw.get("_id")).isEqualTo(new ObjectId(hex));
        assertThat(raw.get("at")).isInstanceOf(Date.class);
        assertThat(raw.get("owner")).isInstanceOf(ObjectId.class);
        assertThat(stored).containsEntry("_id", hex);
        assertThat(data.byId("notes", hex).orElseThrow())
                .containsEntry("_id", hex)
                .containsEntry("at", "2025-01-02T03:04:05Z")
                .containsEntry("owner", hex)
                .containsEntry("price", new BigDecimal("1.25"));
    }

    @Test
    void an_inserted_document_gets_an_object_id_shown_as_hex() {
        Map<String, Object> stored = data.insert("notes", Map.of("title", "a"));

        assertThat((String) stored.get("_id")).matches("[0-9a-f]{24}");
        assertThat(data.byId("notes", (String) stored.get("_id"))).isPresent();
        assertThat(data.byId("notes", "no-such-id")).isEmpty();
    }

    @Test
    void collections_are_listed_with_counts_and_paged_in_id_order() {
        for (int i = 0; i < 5; i++) {
            data.insert("items", Map.of("n", i));
        }
        data.insert("other", Map.of("n", 0));

        assertThat(data.collections())
                .containsExactly(
                        new DataCollections.CollectionInfo("items", 5), new DataCollections.CollectionInfo("other", 1));
        DataCollections.Page page = data.page("items", 1, 2);
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.documents()).extracting(d -> d.get("n")).containsExactly(1, 2);
    }

    @Test
    void replace_keeps_the_id_and_delete_removes_the_document() {
        String id = (String) data.insert("notes", Map.of("title", "a")).get("_id");

        assertThat(data.replace("notes", id, Map.of("_id", "ignored", "title", "b"))
                        .orElseThrow())
                .isEqualTo(Map.of("_id", id, "title", "b"));
        assertThat(data.byId("notes", id).orElseThrow()).containsEntry("title", "b");
        assertThat(data.replace("notes", new ObjectId().toHexString(), Map.of("title", "c")))
                .isEmpty();
        assertThat(data.delete("notes", id)).isTrue();
        assertThat(data.delete("notes", id)).isFalse();
    }

    @Test
    void unique_fields_refuse_duplicates_but_not_documents_without_the_field() {
        data.uniqueFields("users", List.of("email"));
        data.insert("users", Map.of("email", "a@x.io"));
        data.insert("users", Map.of("name", "no email"));
        data.insert("users", Map.of("name", "no email either"));

        assertThatThrownBy(() -> data.insert("users", Map.of("email", "a@x.io")))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.field()).isEqualTo("email"));
        String id = (String) data.insert("users", Map.of("email", "b@x.io")).get("_id");
        assertThatThrownBy(() -> data.replace("users", id, Map.of("email", "a@x.io")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_unique_field_whose_values_already_repeat_is_refused_and_a_dropped_one_allows_repeats() {
        data.insert("tags", Map.of("name", "x"));
        data.insert("tags", Map.of("name", "x"));
        assertThatThrownBy(() -> data.uniqueFields("tags", List.of("name")))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.field()).isEqualTo("name"));

        data.uniqueFields("codes", List.of("code"));
        data.insert("codes", Map.of("code", 1));
        data.uniqueFields("codes", List.of());
        data.insert("codes", Map.of("code", 1));
        assertThat(data.page("codes", 0, 10).total()).isEqualTo(2);
    }

    @Test
    void any_match_converts_ids_inside_operators() {
        String id = (String) data.insert("users", Map.of("email", "a@x.io")).get("_id");

        assertThat(data.anyMatch("users", Map.of("email", "a@x.io"))).isTrue();
        assertThat(data.anyMatch("users", Map.of("email", "a@x.io", "_id", Map.of("$ne", id))))
                .isFalse();
        assertThat(data.anyMatch(
                        "users", new Document("email", "a@x.io").append("_id", new Document("$ne", new ObjectId()))))
                .isTrue();
    }
}
