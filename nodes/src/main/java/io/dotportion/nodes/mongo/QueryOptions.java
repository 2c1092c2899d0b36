package io.dotportion.nodes.mongo;

import io.dotportion.core.template.ValueTemplate;

/**
 * The {@code options} of a find, count or aggregate: each may be a constant or a template.
 *
 * @param sort       field to 1 (ascending) or -1 (descending); "asc" and "desc" are accepted too
 * @param limit      a non-negative integer; 0 or absent means "up to the result cap"
 * @param skip       a non-negative integer
 * @param projection field to 1/true (include) or 0/false (exclude)
 */
public record QueryOptions(ValueTemplate sort, ValueTemplate limit, ValueTemplate skip, ValueTemplate projection) {

    static final QueryOptions NONE = new QueryOptions(null, null, null, null);
}
