/**
 * The {@code parameters} node: declared request values, checked and coerced, as one flat object.
 *
 * <ul>
 *   <li>Sources: {@code body} (typed JSON), {@code query}, {@code headers} (names matched lowercase),
 *       {@code params} (path parameters). A missing key and a JSON null are both "missing".</li>
 *   <li>Types: string, number, integer, boolean, object, array, email; no type accepts any value as it is
 *       (DotPortion exports often omit it). Text becomes numbers, integers and booleans from every source,
 *       the body included (form posts carry text); a number or boolean never passes as a string. Integers
 *       beyond a long are refused. Query arrays are the repeated values of a key; other text sources give
 *       objects and arrays as JSON text.</li>
 *   <li>{@code min}/{@code max} bound numbers by value, strings by length, arrays by size; {@code pattern} is a
 *       Java regex that must be found in the value, run on at most 10,000 characters and 10 million steps
 *       ({@link io.dotportion.nodes.parameters.ParameterLimits}); {@code enum} lists allowed values;
 *       {@code default} fills a missing optional value and is itself checked at save time.</li>
 *   <li>A name declared in several sources: each declaration is checked; the output takes the value of the
 *       last source that carried it, and a default only when none did.</li>
 *   <li>Every failure of every field is reported at once as {@code INVALID_REQUEST} details
 *       ({@code body.email}: "must be a valid email address", {@code query.page}: "is required").</li>
 * </ul>
 */
package io.dotportion.nodes.parameters;
