package io.dotportion.core.model;

/** Stable codes for workflow validation problems. Never rename one: clients match on them. */
public enum ViolationCode {
    /** A required document field (name, method, path, node id, node type, edge id ...) is missing or blank. */
    MISSING_FIELD,
    /** The method is not GET, POST, PUT, PATCH or DELETE. */
    INVALID_METHOD,
    /** The path is not a valid route template. */
    INVALID_PATH,
    /** Two nodes share an id, or two edges share an id. */
    DUPLICATE_ID,
    /** A node id uses a reserved word (request, input, loop, steps) or characters a template cannot name. */
    INVALID_NODE_ID,
    /** Not exactly one apiStart node. */
    START_COUNT,
    /** No response node is reachable from apiStart. */
    NO_RESPONSE,
    /** A node cannot be reached from apiStart. */
    UNREACHABLE_NODE,
    /** The node type is not one we know. */
    UNKNOWN_NODE_TYPE,
    /** An edge names a source or target node that does not exist. */
    DANGLING_EDGE,
    /** An edge leaves from a handle the source node does not have. */
    INVALID_HANDLE,
    /** More than one edge leaves one handle of one node. */
    DUPLICATE_HANDLE_EDGE,
    /** A cycle that is not a loop body returning to its Loop node. */
    CYCLE,
    /** A {{ }} template cannot be parsed. */
    BAD_TEMPLATE,
    /** A template or script names a node that does not exist. */
    UNKNOWN_REFERENCE,
    /** A node's configuration is wrong for its type. */
    INVALID_CONFIG,
    /** A script does not compile. */
    SCRIPT_SYNTAX,
    /** A node names a secret the project does not have (a warning on save, an error on deploy). */
    UNKNOWN_SECRET,
    /** A document field has the wrong JSON type (nodes not an array, a node not an object, data not an object ...). */
    INVALID_SHAPE,
    /**
     * A node's data holds a field its type does not know (a typo like {@code stauts}); the message says which known
     * field is close, if one is. An error; a stored document never keeps such a field.
     */
    UNKNOWN_FIELD,
    /** The workflow's {@code log} setting names an unknown mode or field, or a rate outside (0, 1]. */
    INVALID_LOG_SETTING,
    /** The workflow's {@code masking} setting has an unknown field, a names flag that is not a boolean, or a bad name. */
    INVALID_MASKING_SETTING,
    /** A Loop node's "true" handle (its body) is not connected. */
    EMPTY_LOOP_BODY,
    /** No path from a Loop node's body leads back to the Loop node, so it could never run a second item. */
    LOOP_BODY_NOT_RETURNING,
    /** A node names a secret of another type (a warning on save, an error on deploy). */
    SECRET_TYPE_MISMATCH,
    /** A jwt secret is shorter than the node's algorithm needs (a warning on save, an error on deploy). */
    SECRET_TOO_SHORT,
    /**
     * A string looks like a credential (a MongoDB URL with a password, a private key, a JWT, an API key, a
     * bearer token, a long random string): a warning on save, an error on deploy unless the project allows it.
     */
    CREDENTIAL_LITERAL
}
