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
    /** A node's data holds a field its type does not know; it is removed before the document is stored (a warning). */
    UNKNOWN_FIELD,
    /** The workflow's {@code log} setting names an unknown mode or field, or a rate outside (0, 1]. */
    INVALID_LOG_SETTING,
    /**
     * A string looks like a credential (a MongoDB URL with a password, a private key, a JWT, an API key, a
     * bearer token, a long random string): a warning on save, an error on deploy unless the project allows it.
     */
    CREDENTIAL_LITERAL
}
