package io.dotportion.nodes.mongo;

import io.dotportion.core.node.FieldError;
import java.util.List;
import org.bson.Document;

/**
 * The rules a project's managed collections put on writes (docs/OPERATIONS.md: an optional schema per collection).
 * A {@code database} node asks before every insert and update; a non-empty answer fails the node with
 * {@code INVALID_REQUEST} listing every problem, so the workflow's error edge can handle it. Implemented
 * by the composition root over the stored schemas.
 */
@FunctionalInterface
public interface DocumentValidator {

    /** Every reason {@code write} breaks the rules of {@code collection}; empty when it may go ahead. */
    List<FieldError> check(String projectId, String collection, Write write);

    /** No rules: every write goes ahead. */
    DocumentValidator NONE = (projectId, collection, write) -> List.of();

    /** What a node is about to write, as BSON (ids already converted). */
    sealed interface Write {}

    /** insertOne or insertMany. */
    record Insert(List<Document> documents) implements Write {}

    /** updateOne or updateMany: the filter choosing documents and the update with its operators. */
    record Update(Document filter, Document update, boolean many) implements Write {}
}
