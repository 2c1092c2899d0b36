/**
 * The {@code http} node: one outbound HTTP call per run through {@link io.dotportion.nodes.http.OutboundHttp}, the
 * platform's shared {@link java.net.http.HttpClient} behind the egress policy.
 *
 * <ul>
 *   <li><b>Egress</b>: every hop's host is resolved and checked before the request; the client follows no
 *       redirect, the node does (at most {@link io.dotportion.nodes.http.HttpSettings#maxRedirects()}), and a hop
 *       to a refused address fails with the policy's fixed message, naming no host or port.</li>
 *   <li><b>Secrets</b>: an apiKey (header or query parameter, as its metadata says), bearer or basic secret is
 *       resolved at the moment of use and applied only to the call's own origin; the output's {@code request}
 *       shows {@code [redacted:secret]} in its place.</li>
 *   <li><b>Limits</b>: the whole call within {@code timeoutMs} and the execution's deadline; the response body
 *       read up to {@link io.dotportion.nodes.http.HttpSettings#maxResponseBytes()}.</li>
 * </ul>
 */
package io.dotportion.nodes.http;
