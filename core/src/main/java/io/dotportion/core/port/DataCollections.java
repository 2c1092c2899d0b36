package io.dotportion.core.port;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The collections of one MongoDB database as the data explorer sees them. Documents are plain value
 * trees: ObjectIds read as 24-hex strings and dates as ISO-8601 text; on write a 24-hex {@code _id}
 * becomes an ObjectId, and {@code {"$oid": hex}} / {@code {"$date": iso}} write typed values. An id
 * argument that is 24-hex names an ObjectId, anything else a string id.
 */
public interface DataCollections {

    /** A collection and how many documents it holds. */
    record CollectionInfo(String name, long count) {}

    /** One page of a collection, in natural ({@code _id}) order, with the collection's total count. */
    record Page(List<Map<String, Object>> documents, long total, int skip, int limit) {}

    /** Every collection (system ones excluded), by name. */
    List<CollectionInfo> collections();

    /** The first page in natural order, unfiltered. */
    default Page page(String collection, int skip, int limit) {
        return page(collection, Map.of(), List.of(), skip, limit);
    }

    /**
     * One page of the documents matching {@code filter} (a query document, values converted as on write),
     * ordered by {@code sort} then {@code _id}; {@link Page#total()} counts the matching documents.
     */
    Page page(String collection, Map<String, Object> filter, List<SortKey> sort, int skip, int limit);

    /** A field to order by, ascending or descending. */
    record SortKey(String field, boolean descending) {}

    Optional<Map<String, Object>> byId(String collection, String id);

    /** Inserts and returns the stored document (with its {@code _id}); a unique index hit is a ConflictException. */
    Map<String, Object> insert(String collection, Map<String, Object> document);

    /** Replaces the document with this id (keeping the id); empty when there is none. */
    Optional<Map<String, Object>> replace(String collection, String id, Map<String, Object> document);

    boolean delete(String collection, String id);

    /** True when a document matches {@code filter} (values converted as on write; BSON values pass as they are). */
    boolean anyMatch(String collection, Map<String, Object> filter);

    /**
     * Makes the platform's unique indexes of a collection exactly these fields (documents without the field
     * are not indexed); a ConflictException names a field whose stored values already repeat.
     */
    void uniqueFields(String collection, List<String> fields);
}
