package io.dotportion.nodes.script;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Builds the locked-down contexts of one sandbox, all on one shared engine (so parsed and compiled code
 * is shared between them). Every privilege is denied explicitly, so that the configuration reads as what
 * it is, with one exception: host class lookup is left at its default (none). Passing any class filter,
 * even one that refuses every class, makes GraalJS install the {@code Java}, {@code Packages},
 * {@code java} and {@code javax} globals.
 *
 * <p>The policy is TRUSTED with everything CONSTRAINED would check denied by hand: CONSTRAINED refuses
 * the two options that bound what one built-in call can allocate ({@code js.string-length-limit},
 * {@code js.max-typed-array-length}, which also caps {@code ArrayBuffer} sizes), and the community engine
 * offers no heap limit in their place. The escape tests ({@code SandboxEscapeTest}) hold either way.
 */
final class ContextFactory implements AutoCloseable {
    /** The strictest host access CONSTRAINED accepts: no member of any host object is accessible. */
    private static final HostAccess NO_HOST_ACCESS =
            HostAccess.newBuilder().allowMutableTargetMappings().build();

    private static final String INIT_NAME = "sandbox-init.js";
    /** Longest string a script can build: 16 Mi characters (at most 32 MiB). */
    static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;
    /** Most elements of one typed array, and most bytes of one ArrayBuffer: 16 Mi. */
    static final int MAX_TYPED_ARRAY_LENGTH = 16 * 1024 * 1024;

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final ResourceLimits limits;
    private final Source init;
    /** Built at the first context (a server's start does not wait for it); null until then and after close. */
    private Engine engine;

    private boolean closed;

    ContextFactory(long statementLimit, String initScript) {
        this.init = Source.newBuilder("js", initScript, INIT_NAME).buildLiteral();
        this.limits = ResourceLimits.newBuilder()
                .statementLimit(statementLimit, ContextFactory::counted)
                .build();
    }

    private synchronized Engine engine() {
        if (closed) {
            throw new IllegalStateException("the sandbox is closed");
        }
        if (engine == null) {
            engine = Engine.newBuilder("js")
                    .sandbox(SandboxPolicy.TRUSTED)
                    .option("engine.WarnInterpreterOnly", "false")
                    .in(InputStream.nullInputStream())
                    .out(OutputStream.nullOutputStream())
                    .err(OutputStream.nullOutputStream())
                    .build();
        }
        return engine;
    }

    /** A bare context for running scripts: no eval, no {@code Function(...)}. */
    Context newContext() {
        return builder().option("js.allow-eval", "false").build();
    }

    /**
     * A context that only checks syntax: it keeps the {@code Function} constructor, which parses a
     * function body on its own (without running it) and so tells whether a text is one body.
     */
    Context newParserContext() {
        return builder().build();
    }

    private Context.Builder builder() {
        return Context.newBuilder("js")
                .engine(engine())
                .sandbox(SandboxPolicy.TRUSTED)
                .allowHostAccess(NO_HOST_ACCESS)
                .allowHostClassLoading(false)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowIO(IOAccess.NONE)
                .allowCreateThread(false)
                .allowCreateProcess(false)
                .allowNativeAccess(false)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowExperimentalOptions(true)
                .in(InputStream.nullInputStream())
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .option("js.ecmascript-version", "2025")
                .option("js.strict", "true")
                .option("js.load", "false")
                .option("js.print", "false")
                .option("js.graal-builtin", "false")
                .option("js.unhandled-rejections", "none")
                .option("js.string-length-limit", Integer.toString(MAX_STRING_LENGTH))
                .option("js.max-typed-array-length", Integer.toString(MAX_TYPED_ARRAY_LENGTH))
                .resourceLimits(limits);
    }

    /** A context hardened by the init script, with the runner function that script returns. */
    SandboxContext newSandboxContext() {
        Context context = newContext();
        try {
            Value runner = context.eval(init);
            return new SandboxContext(context, runner);
        } catch (RuntimeException e) {
            context.close(true);
            throw e;
        }
    }

    /** Statements of user code count against the limit; the sandbox's own init and runner code does not. */
    private static boolean counted(Source source) {
        return !source.isInternal() && !INIT_NAME.equals(source.getName());
    }

    /**
     * Closes the engine, cancelling what still runs. Waits a bounded time: a written-off run that never
     * stops (one that catches its own stack overflow) would otherwise hold the shutdown forever.
     */
    @Override
    public void close() {
        Engine built;
        synchronized (this) {
            closed = true;
            built = engine;
        }
        if (built == null) {
            return;
        }
        Thread closing = Workers.daemon("js-sandbox-close").newThread(() -> built.close(true));
        closing.start();
        try {
            closing.join(CLOSE_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
