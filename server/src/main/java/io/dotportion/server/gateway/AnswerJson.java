package io.dotportion.server.gateway;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dotportion.core.value.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An answer's body as UTF-8 JSON bytes, exactly {@code Json.write(value).getBytes(UTF_8)}, without the
 * mapper's per-call serializer provider and map serializer: a value tree (maps with text keys, lists, text,
 * booleans, null, and the numbers values hold) is walked straight onto the mapper factory's text generator.
 * The text is still made first and encoded after, as before: an emoji stays a four-byte UTF-8 character and an
 * unpaired surrogate becomes {@code ?}, which Jackson's UTF-8 generator would write otherwise. Anything else
 * in the tree (a key that is not text, another kind of object) is written by the mapper, as before.
 */
final class AnswerJson {
    private AnswerJson() {}

    static byte[] bytes(Object value) {
        StringWriter text = new StringWriter(64);
        try (JsonGenerator gen = Json.mapper().getFactory().createGenerator(text)) {
            gen.setCodec(Json.mapper());
            write(gen, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonGenerator gen, Object value) throws IOException {
        switch (value) {
            case null -> gen.writeNull();
            case String s -> gen.writeString(s);
            case Boolean b -> gen.writeBoolean(b);
            case Integer i -> gen.writeNumber(i);
            case Long l -> gen.writeNumber(l);
            case Double d -> gen.writeNumber(d);
            case BigDecimal d -> gen.writeNumber(d);
            case BigInteger i -> gen.writeNumber(i);
            case Map<?, ?> map
            when textKeys(map) -> {
                gen.writeStartObject();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    gen.writeFieldName((String) e.getKey());
                    write(gen, e.getValue());
                }
                gen.writeEndObject();
            }
            case List<?> list -> {
                gen.writeStartArray();
                for (Object item : list) {
                    write(gen, item);
                }
                gen.writeEndArray();
            }
            default -> Json.mapper().writeValue(gen, value);
        }
    }

    private static boolean textKeys(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                return false;
            }
        }
        return true;
    }
}
