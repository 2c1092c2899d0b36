package io.dotportion.server.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that talks to a real platform: one is started on a free port with a fresh embedded store and
 * data directory for the class (for each test method with {@code perMethod}), and closed after. Constructors,
 * {@code @BeforeAll}, {@code @BeforeEach} and test methods take it as parameters: {@link RunningPlatform},
 * {@link io.dotportion.server.wiring.Platform}, {@link java.net.URI} (its base), {@link ApiClient},
 * {@link io.dotportion.core.testing.TestClock} (the platform's clock), {@link ServedStore} (when asked for) and
 * {@link SignedUpUser} (a new user at each parameter). One test instance serves the class, so set-up goes in
 * instance fields.
 *
 * <p>For a platform with other settings, register {@link PlatformExtension#configured} in a static field with
 * {@code @RegisterExtension}; it takes the place of the default one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(PlatformExtension.class)
public @interface PlatformTest {
    /** A platform for each test method instead of one for the class. */
    boolean perMethod() default false;

    /** The operator's egress allow-list ({@code --egress-allow}); empty: none. */
    String egressAllow() default "";
}
