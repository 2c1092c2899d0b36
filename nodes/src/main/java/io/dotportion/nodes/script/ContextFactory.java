package io.dotportion.nodes.script;

import java.io.InputStream;
import java.io.OutputStream;
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
 * is shared between them). Every privilege is denied explicitly, even where the CONSTRAINED policy
 * already denies it, so that the configuration reads as what it is, with one exception: host class
 * lookup is left at its default (none). Passing any class filter, even one that refuses every class,
 * makes GraalJS install the {@code Java}, {@code Packages}, {@code java} and {@code javax} globals.
 */
final class ContextFactory implements AutoCloseable {
    /** The strictest host access CONSTRAINED accepts: no member of any host object is accessible. */
    private static final HostAccess NO_HOST_ACCESS = HostAccess.newBuilder().allowMutableTargetMappings().build();

    private static final String INIT_NAME = "sandbox-init.js";

    private final Engine engine;
    private final ResourceLimits limits;
    private final Source init;

    ContextFactory(long statementLimit, String initScript) {
        this.engine = Engine.newBuilder("js")
                .sandbox(SandboxPolicy.CONSTRAINED)
                .option("engine.WarnInterpreterOnly", "false")
                .in(InputStream.nullInputStream())
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .build();
        this.init = Source.newBuilder("js", initScript, INIT_NAME).buildLiteral();
        this.limits = ResourceLimits.newBuilder().statementLimit(statementLimit, ContextFactory::counted).build();
    }

    /** A bare context, for parsing only. */
    Context newContext() {
        return Context.newBuilder("js")
                .engine(engine)
                .sandbox(SandboxPolicy.CONSTRAINED)
                .allowHostAccess(NO_HOST_ACCESS)
                .allowHostClassLoading(false)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowIO(IOAccess.NONE)
                .allowCreateThread(false)
                .allowCreateProcess(false)
                .allowNativeAccess(false)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowExperimentalOptions(false)
                .in(InputStream.nullInputStream())
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .option("js.ecmascript-version", "2025")
                .option("js.strict", "true")
                .option("js.load", "false")
                .option("js.print", "false")
                .option("js.graal-builtin", "false")
                .option("js.allow-eval", "false")
                .option("js.unhandled-rejections", "none")
                .resourceLimits(limits)
                .build();
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

    @Override
    public void close() {
        engine.close(true);
    }
}
