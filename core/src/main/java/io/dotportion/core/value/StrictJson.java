package io.dotportion.core.value;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON that has exactly one meaning: one value and nothing after it but whitespace, no key twice in
 * an object (at any depth), no unpaired surrogate in a string or key (written as a {@code \\u} escape), and,
 * when read from bytes, strict UTF-8. Anything else is a {@link MalformedInputException}.
 */
final class StrictJson {
    private static final int MAX_QUOTED_KEY = 64;

    private StrictJson() {}

    /**
     * The plain value tree of {@code text} (maps, lists, strings, numbers, booleans, null); unpaired
     * surrogates are refused only when {@code wellFormedText}.
     */
    static Object tree(String text, boolean wellFormedText) {
        try (JsonParser parser = Json.mapper().getFactory().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new MalformedInputException("malformed JSON: no content");
            }
            Object value = new StrictJson.Walk(wellFormedText).value(parser, first);
            requireEnd(parser);
            return value;
        } catch (StreamReadException e) {
            throw new MalformedInputException("malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MalformedInputException("malformed JSON", e);
        }
    }

    /** Checks {@code text} (the tree is dropped), for readers that bind it to a type afterwards. */
    static void check(String text) {
        tree(text, true);
    }

    private record Walk(boolean wellFormedText) {

        private Object value(JsonParser parser, JsonToken token) throws IOException {
            return switch (token) {
                case START_OBJECT -> object(parser);
                case START_ARRAY -> array(parser);
                case VALUE_STRING -> text(parser.getText());
                case VALUE_NUMBER_INT -> parser.getNumberValue();
                case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NULL -> null;
                default -> throw new MalformedInputException("malformed JSON: unexpected " + token.asString());
            };
        }

        private Map<String, Object> object(JsonParser parser) throws IOException {
            Map<String, Object> map = new LinkedHashMap<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                String key = text(parser.currentName());
                if (map.containsKey(key)) {
                    throw new MalformedInputException("malformed JSON: duplicate key \"" + shortened(key) + "\"");
                }
                map.put(key, value(parser, parser.nextToken()));
            }
            return map;
        }

        private List<Object> array(JsonParser parser) throws IOException {
            List<Object> list = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                list.add(value(parser, token));
            }
            return list;
        }

        private String text(String text) {
            if (wellFormedText && Utf8.hasLoneSurrogate(text)) {
                throw new MalformedInputException("malformed JSON: a string holds an unpaired surrogate");
            }
            return text;
        }
    }

    private static String shortened(String key) {
        return key.length() <= MAX_QUOTED_KEY ? key : key.substring(0, MAX_QUOTED_KEY) + "...";
    }

    private static void requireEnd(JsonParser parser) {
        try {
            if (parser.nextToken() == null) {
                return;
            }
        } catch (IOException e) {
            // whatever follows the value does not even parse: still trailing content
        }
        throw new MalformedInputException("malformed JSON: trailing content after the value");
    }
}
