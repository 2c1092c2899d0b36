package io.dotportion.e2e.support;

import io.dotportion.server.support.PlatformTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test: a {@link PlatformTest} (the real server with the built UI, loopback allowed as an egress
 * destination) and one headless {@link Browser} for the class, both taken as parameters, with a screenshot of
 * each failed test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@PlatformTest(egressAllow = "127.0.0.1")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {}
