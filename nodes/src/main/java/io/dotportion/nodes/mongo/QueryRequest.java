package io.dotportion.nodes.mongo;

import java.util.List;
import org.bson.Document;

/**
 * One execution's query, evaluated and converted to BSON. Parts the operation does not use are null;
 * {@code limit} 0 means "up to the result cap".
 */
record QueryRequest(
        Document filter,
        List<Document> documents,
        Document update,
        List<Document> pipeline,
        Document sort,
        Document projection,
        int limit,
        int skip) {}
