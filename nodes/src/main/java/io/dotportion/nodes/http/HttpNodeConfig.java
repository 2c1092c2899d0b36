package io.dotportion.nodes.http;

import io.dotportion.core.template.ValueTemplate;
import java.util.Map;

/**
 * The data of an {@code http} node.
 *
 * @param method    GET (default), POST, PUT, PATCH, DELETE, HEAD or OPTIONS
 * @param url       an http or https URL; templates allowed
 * @param query     query parameter name to value template, added to the URL's own
 * @param headers   header name to value template
 * @param body      the request body (templates allowed at any depth); none when absent
 * @param bodyType  how the body is sent: json (default), form (an object, URL-encoded) or text
 * @param timeoutMs the whole call's time limit in milliseconds, redirects included (default 10000), never
 *                  past the execution's deadline
 * @param secret    optional name of an apiKey, bearer or basic secret, applied as its type says
 */
public record HttpNodeConfig(
        String method,
        ValueTemplate url,
        Map<String, ValueTemplate> query,
        Map<String, ValueTemplate> headers,
        ValueTemplate body,
        String bodyType,
        Integer timeoutMs,
        String secret) {

    public HttpNodeConfig {
        query = query == null ? Map.of() : query;
        headers = headers == null ? Map.of() : headers;
    }
}
