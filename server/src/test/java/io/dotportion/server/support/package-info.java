/**
 * The test kit for tests that talk to a running platform, shared with the browser tests (the server's test
 * jar).
 *
 * <ul>
 *   <li>{@link io.dotportion.server.support.PlatformTest} on a class: a platform on a free port with a fresh
 *       embedded store and data directory, per class (or per method), closed after; constructors and methods
 *       take {@link io.dotportion.server.support.ApiClient}, {@link io.dotportion.server.support.SignedUpUser},
 *       {@link io.dotportion.server.support.RunningPlatform} and the platform's clock as parameters.</li>
 *   <li>{@link io.dotportion.server.support.PlatformExtension#configured} with {@code @RegisterExtension}: the
 *       same with other settings (limits, egress, timeouts, a standing clock, a served store).</li>
 *   <li>{@link io.dotportion.core.testing.TestClock} and {@link io.dotportion.core.testing.Poll} (core's test
 *       jar): the one clock a test moves and the one bounded wait, for every module.</li>
 * </ul>
 */
package io.dotportion.server.support;
