package io.dotportion.nodes.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** Plain values in, plain values out; ObjectIds as hex and dates as ISO-8601. */
class BsonValuesTest {

    @Test
    void outputs_are_plain_immutable_trees() {
        ObjectId id = new ObjectId();
        Document doc = new Document("_id", id)
                .append("at", Date.from(Instant.parse("2024-01-02T03:04:05Z")))
                .append("price", new Decimal128(new BigDecimal("9.99")))
                .append("blob", new Binary(new byte[] {1, 2}))
                .append("list", List.of(new Document("n", 1L)));

        Object plain = BsonValues.toPlain(doc);

        assertThat(plain)
                .isEqualTo(Map.of(
                        "_id",
                        id.toHexString(),
                        "at",
                        "2024-01-02T03:04:05Z",
                        "price",
                        new BigDecimal("9.99"),
                        "blob",
                        "AQI=",
                        "list",
                        List.of(Map.of("n", 1L))));
        assertThatThrownBy(() -> ((Map<String, Object>) plain).put("x", 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void single_bson_values_convert_like_fields() {
        ObjectId id = new ObjectId();

        assertThat(BsonValues.toPlain(new BsonObjectId(id))).isEqualTo(id.toHexString());
        assertThat(BsonValues.toPlain(new BsonString("k"))).isEqualTo("k");
    }

    @Test
    void big_numbers_go_in_as_longs_or_decimals() {
        Document doc = BsonValues.toDocument(Map.of(
                "a",
                new BigInteger("12"),
                "b",
                new BigInteger("123456789012345678901234567890"),
                "c",
                new BigDecimal("1.25")));

        assertThat(doc.get("a")).isEqualTo(12L);
        assertThat(doc.get("b")).isEqualTo(new Decimal128(new BigDecimal("123456789012345678901234567890")));
        assertThat(doc.get("c")).isEqualTo(new Decimal128(new BigDecimal("1.25")));
    }

    @Test
    void id_hex_strings_become_object_ids_only_where_they_name_the_id() {
        String hex = new ObjectId().toHexString();

        Map<String, Object> filter = IdMatching.inFilter(
                Map.of("_id", Map.of("$nin", List.of(hex, "short")), "ref", hex, "$and", List.of(Map.of("_id", hex))));

        assertThat(filter.get("_id")).isEqualTo(Map.of("$nin", List.of(new ObjectId(hex), "short")));
        assertThat(filter.get("ref")).isEqualTo(hex);
        assertThat(filter.get("$and")).isEqualTo(List.of(Map.of("_id", new ObjectId(hex))));
        assertThat(IdMatching.inDocument(Map.of("_id", hex, "other", hex)))
                .isEqualTo(Map.of("_id", new ObjectId(hex), "other", hex));
    }

    @Test
    void an_embedded_document_compared_with_id_is_left_alone() {
        Map<String, Object> filter = IdMatching.inFilter(Map.of("_id", Map.of("a", 1)));

        assertThat(filter.get("_id")).isEqualTo(Map.of("a", 1));
    }
}
