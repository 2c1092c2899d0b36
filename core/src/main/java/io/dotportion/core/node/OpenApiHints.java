package io.dotportion.core.node;

/**
 * What the generated OpenAPI document learns from a node of this type (not part of the editor's descriptor).
 *
 * @param bearerTokenField   set for a node that checks a bearer token: the data field naming where the token is
 *                           read; absent, blank or naming the Authorization header means the request's bearer token
 * @param answerStatusField  set for a node that answers: the data field holding its literal (or template) status
 * @param requestSourcesField set for a node that declares request parameters: the data field holding its sources
 *                           ({@code [{"from": "query", "parameters": {name: {type, required, ...}}}]})
 */
public record OpenApiHints(String bearerTokenField, String answerStatusField, String requestSourcesField) {
    public static final OpenApiHints NONE = new OpenApiHints(null, null, null);

    public static OpenApiHints bearerToken(String field) {
        return new OpenApiHints(field, null, null);
    }

    public static OpenApiHints answerStatus(String field) {
        return new OpenApiHints(null, field, null);
    }

    public static OpenApiHints requestSources(String field) {
        return new OpenApiHints(null, null, field);
    }
}
