package io.dotportion.nodes.mongo;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * Converts between the platform's plain value trees and what the driver reads and writes. Going in, objects
 * become {@link Document}s and big numbers {@link Decimal128}. Coming out, ObjectIds become 24-hex strings,
 * dates ISO-8601 strings, decimals {@link BigDecimal}s, binary data base64 text, and other BSON-only types
 * their text form; documents and lists are unmodifiable.
 */
final class BsonValues {
    private static final DocumentCodec CODEC = new DocumentCodec();

    private BsonValues() {}

    static Object toBson(Object value) {
        return switch (value) {
            case Map<?, ?> map -> toDocument(map);
            case List<?> list -> {
                List<Object> out = new ArrayList<>(list.size());
                list.forEach(item -> out.add(toBson(item)));
                yield out;
            }
            case BigInteger b when b.bitLength() < 64 -> b.longValue();
            case BigInteger b -> new Decimal128(new BigDecimal(b));
            case BigDecimal d -> new Decimal128(d);
            case Float f -> f.doubleValue();
            case Short s -> s.intValue();
            case Byte b -> b.intValue();
            case null, default -> value;
        };
    }

    static Document toDocument(Map<?, ?> map) {
        Document out = new Document();
        map.forEach((k, v) -> out.put(String.valueOf(k), toBson(v)));
        return out;
    }

    static Object toPlain(Object value) {
        return switch (value) {
            case Map<?, ?> map -> {
                Map<String, Object> out = new LinkedHashMap<>(map.size() * 2);
                map.forEach((k, v) -> out.put(String.valueOf(k), toPlain(v)));
                yield Collections.unmodifiableMap(out);
            }
            case List<?> list -> {
                List<Object> out = new ArrayList<>(list.size());
                list.forEach(item -> out.add(toPlain(item)));
                yield Collections.unmodifiableList(out);
            }
            case ObjectId id -> id.toHexString();
            case Date date -> date.toInstant().toString();
            case Decimal128 d when d.isNaN() || d.isInfinite() -> d.toString();
            case Decimal128 d -> d.bigDecimalValue();
            case Binary b -> Base64.getEncoder().encodeToString(b.getData());
            case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
            case String s -> s;
            case Number n -> n;
            case Boolean b -> b;
            case null -> null;
            default -> value.toString();
        };
    }

    /** A single BSON value (an inserted id) as a plain value. */
    static Object toPlain(BsonValue value) {
        Document decoded = CODEC.decode(
                new BsonDocumentReader(new BsonDocument("v", value)),
                DecoderContext.builder().build());
        return toPlain(decoded.get("v"));
    }
}
