/**
 * The {@code database} (managed: {@code project_<projectId>} in the platform's MongoDB) and {@code mongodb}
 * (a user's own MongoDB through a {@code mongodb} secret) nodes, sharing one implementation.
 *
 * <ul>
 *   <li><b>Values stay values.</b> Keys and constants in {@code filter}, {@code data}, {@code update} and
 *       {@code pipeline} are the author's, and may use operators. A value produced by a template (request
 *       body, query string, header, earlier output) is data: if it holds an object key starting with '$'
 *       anywhere inside, the node fails with {@code INVALID_REQUEST} "operators are not allowed in values"
 *       (the field named is the template path, the value is never echoed); inside a pipeline or {@code $expr}
 *       a string from a template starting with '$' (a field reference) is refused the same way. Strings are
 *       always compared as strings, so operator text in a query string or header matches only itself.</li>
 *   <li><b>Refused operators</b> {@code $where $function $accumulator $out $merge} anywhere in filter,
 *       query, data, update or pipeline are violations at save time, each at its exact path
 *       ({@code pipeline[1].$out}, {@code filter.$expr.$function}), and are checked again when the node runs.</li>
 *   <li><b>Ids and outputs.</b> 24-hex strings compared with {@code _id} (directly or through
 *       {@code $eq $ne $in $nin $gt $gte $lt $lte}, inside {@code $and $or $nor} and first-level
 *       {@code $match} stages) and a 24-hex top-level {@code _id} of an inserted document become ObjectIds.
 *       Outputs are plain value trees: ObjectIds as 24-hex strings, dates as ISO-8601 text, decimals as
 *       BigDecimal. findOne → document or null; findMany, aggregate → list; insertOne → {insertedId};
 *       insertMany → {insertedIds, insertedCount}; updates → {matched, modified}; deletes → {deleted};
 *       count → {count}. An update with {@code data} is {@code {$set: data}}.</li>
 *   <li><b>Limits.</b> Reads (find, count, aggregate) run with {@code maxTimeMS} = the smaller of
 *       {@code limits.queryTimeout} and the execution's remaining time; writes are bounded by the client's
 *       socket timeout. findMany and aggregate return at most {@code limits.queryMaxDocuments} documents: the
 *       rest is cut off silently, as a page size would (a larger {@code options.limit} is lowered to the cap;
 *       aggregate gets a final {@code $limit}). insertMany with more documents than the cap writes nothing and
 *       fails with {@code INVALID_REQUEST}.</li>
 *   <li><b>Errors.</b> Unreachable database, refused connection or credentials → {@code UPSTREAM_UNAVAILABLE}
 *       "database unreachable". {@code maxTimeMS} exceeded → {@code TIMEOUT} when the execution's deadline
 *       set the bound, else {@code EXECUTION_FAILED} "query exceeded its time limit of N ms" (the query is
 *       too slow for its limit: a node failure the error edge can handle). Duplicate key →
 *       {@code EXECUTION_FAILED} "duplicate key". An error the server answered → {@code EXECUTION_FAILED}
 *       "the database refused the operation (CodeName, code N)". No message carries the driver's text (it
 *       names hosts, ports, Java classes and parts of the query).</li>
 *   <li><b>Egress.</b> A user's database is reached only where the egress policy allows
 *       ({@link io.dotportion.core.egress.EgressPolicy}): the URL's hosts are checked when a client is opened,
 *       and every connection the client opens later (reconnects, SRV targets, announced members) resolves
 *       through {@link io.dotportion.nodes.mongo.EgressResolver}, which answers only with checked addresses.
 *       A refused host is {@code UPSTREAM_UNAVAILABLE} "database unreachable: the host is not an allowed
 *       destination ...". Proxy options, Unix sockets and mechanisms other than SCRAM and PLAIN are refused.</li>
 *   <li><b>Clients.</b> {@link io.dotportion.nodes.mongo.MongoClientPool} keeps one client per (project,
 *       secret, version, URL fingerprint); the secret is resolved at each execution, so a replaced value is
 *       used by the next request, and the old client closes once its in-flight operations finish.</li>
 * </ul>
 */
package io.dotportion.nodes.mongo;
