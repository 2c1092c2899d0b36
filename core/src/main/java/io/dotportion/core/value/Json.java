package io.dotportion.core.value;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/**
 * The one configured JSON mapper of the platform (thread-safe and immutable once built). It refuses a key
 * twice in one object and anything after the value; {@link #parseInput(byte[])} and
 * {@link #readInput(byte[], Class)} are the readers for outside input and also refuse invalid UTF-8 and
 * unpaired surrogates (see {@link StrictJson}).
 */
public final class Json {
    /** Maximum nesting of any JSON we read. */
    public static final int MAX_DEPTH = 64;

    /**
     * Parsers and generators take their buffers from one bounded pool shared by all threads. Jackson's default
     * keeps them per thread, and a request runs on a new virtual thread: every parse and every write would
     * allocate fresh buffers (kilobytes) for a body of a few bytes.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .recyclerPool(JsonRecyclerPools.sharedBoundedPool())
                    .build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    static {
        MAPPER.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .build());
    }

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses JSON text into a plain value tree; throws {@link IllegalArgumentException} (a
     * {@link MalformedInputException}) with a readable message when it is malformed, has trailing content or
     * a duplicate key.
     */
    public static Object parse(String text) {
        return StrictJson.tree(text, false);
    }

    /** Parses outside input: strict UTF-8 bytes holding one strict JSON value without unpaired surrogates. */
    public static Object parseInput(byte[] bytes) {
        return parseInput(Utf8.decode(bytes));
    }

    /** Parses outside input already decoded to text: one strict JSON value without unpaired surrogates. */
    public static Object parseInput(String text) {
        return StrictJson.tree(text, true);
    }

    /**
     * Binds outside input to {@code type} after the strict checks of {@link #parseInput(byte[])}; a binding
     * failure is Jackson's (a {@link com.fasterxml.jackson.databind.exc.MismatchedInputException} with a path).
     */
    public static <T> T readInput(byte[] bytes, Class<T> type) throws JsonProcessingException {
        String text = Utf8.decode(bytes);
        StrictJson.check(text);
        return MAPPER.readValue(text, type);
    }
}
