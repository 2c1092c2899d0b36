package io.dotportion.server.support;

import io.dotportion.core.testing.TestClock;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts a {@link RunningPlatform} the first time a test asks for one of its parts, keeps it in the JUnit store
 * of the test class (of the test method with {@code perMethod}) and so closes it when that scope ends. The
 * default instance comes with {@link PlatformTest}; {@link #configured} makes one with other settings, which a
 * class registers with {@code @RegisterExtension} in a static field (the default one then steps back).
 */
public final class PlatformExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PlatformExtension.class);
    private static final Set<Class<?>> PARTS = Set.of(
            RunningPlatform.class,
            Platform.class,
            URI.class,
            ApiClient.class,
            TestClock.class,
            SignedUpUser.class,
            ServedStore.class);
    private final UnaryOperator<PlatformConfig> config;
    private final Supplier<TestClock> clock;
    private final boolean perMethod;
    private final boolean servedStore;
    private final boolean registered;

    /** The default platform of {@link PlatformTest}: {@link PlatformConfig#forTests}, a ticking clock. */
    public PlatformExtension() {
        this(UnaryOperator.identity(), TestClock::ticking, false, false, false);
    }

    private PlatformExtension(
            UnaryOperator<PlatformConfig> config,
            Supplier<TestClock> clock,
            boolean perMethod,
            boolean servedStore,
            boolean registered) {
        this.config = config;
        this.clock = clock;
        this.perMethod = perMethod;
        this.servedStore = servedStore;
        this.registered = registered;
    }

    /** A platform whose {@link PlatformConfig#forTests} is changed by {@code config} (limits, egress, logs...). */
    public static PlatformExtension configured(UnaryOperator<PlatformConfig> config) {
        return new PlatformExtension(config, TestClock::ticking, false, false, true);
    }

    /** The default settings, to register with a change such as {@link #clockAt} or {@link #perMethod}. */
    public static PlatformExtension defaults() {
        return configured(UnaryOperator.identity());
    }

    /** The platform's clock stands at {@code start} until the test moves it. */
    public PlatformExtension clockAt(Instant start) {
        return new PlatformExtension(config, () -> TestClock.at(start), perMethod, servedStore, registered);
    }

    /** A platform for each test method. */
    public PlatformExtension perMethod() {
        return new PlatformExtension(config, clock, true, servedStore, registered);
    }

    /** The store served on a port of its own ({@link RunningPlatform#store()}), for the test to read and write. */
    public PlatformExtension servedStore() {
        return new PlatformExtension(config, clock, perMethod, true, registered);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return PARTS.contains(parameter.getParameter().getType()) && !stepsBack(context);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningPlatform running = platform(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == RunningPlatform.class) {
            return running;
        } else if (type == Platform.class) {
            return running.platform();
        } else if (type == URI.class) {
            return running.uri();
        } else if (type == ApiClient.class) {
            return running.api();
        } else if (type == TestClock.class) {
            return running.clock();
        } else if (type == ServedStore.class) {
            return running.store();
        }
        return SignedUpUser.signUp(running.api(), "user");
    }

    private RunningPlatform platform(ExtensionContext context) {
        return scope(context)
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        RunningPlatform.class,
                        key -> RunningPlatform.start(settings(context), clock.get(), servedStore),
                        RunningPlatform.class);
    }

    private ExtensionContext scope(ExtensionContext context) {
        if (perMethod || annotation(context).perMethod()) {
            if (context.getTestMethod().isEmpty()) {
                throw new ParameterResolutionException("a platform per test method is a parameter of a test method or "
                        + "of @BeforeEach, not of the constructor or @BeforeAll");
            }
            return context;
        }
        ExtensionContext scope = context;
        while (scope.getTestMethod().isPresent()) {
            scope = scope.getParent().orElseThrow();
        }
        return scope;
    }

    private UnaryOperator<PlatformConfig> settings(ExtensionContext context) {
        String egressAllow = annotation(context).egressAllow();
        return base -> config.apply(egressAllow.isEmpty() ? base : base.withEgressAllow(egressAllow));
    }

    private static PlatformTest annotation(ExtensionContext context) {
        return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), PlatformTest.class)
                .orElse(Defaults.class.getAnnotation(PlatformTest.class));
    }

    private boolean stepsBack(ExtensionContext context) {
        return !registered
                && !AnnotationSupport.findAnnotatedFieldValues(
                                context.getRequiredTestClass(), RegisterExtension.class, PlatformExtension.class)
                        .isEmpty();
    }

    @PlatformTest
    private static final class Defaults {}
}
