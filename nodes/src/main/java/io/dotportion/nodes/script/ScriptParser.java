package io.dotportion.nodes.script;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * Checks scripts' syntax in one dedicated context (parsing only: nothing of the script runs). Parsing a
 * source through the shared engine also caches its parsed form for every pooled context.
 *
 * <p>A body is first parsed on its own, as the {@code Function} constructor parses one: to its end, as a
 * function body and nothing else, so that text which closes the function ({@code "}, function () {"},
 * {@code "}); while (true) {} (function () {"}, a comment or template literal left open) is refused
 * before it is ever placed in the wrapper. Only a text that is one whole body is wrapped, and a whole body
 * cannot reach outside the braces around it.
 */
final class ScriptParser implements AutoCloseable {
    /** The name of every prepared script's source, as stack frames show it. */
    static final String NAME = "script";

    private static final int MAX_MESSAGE = 300;

    private final Supplier<Context> contexts;
    private final ReentrantLock lock = new ReentrantLock();
    private Context context;
    private Value bindings;
    private boolean closed;

    ScriptParser(Supplier<Context> contexts) {
        this.contexts = contexts;
    }

    /**
     * The source of a function with this body; throws {@link ScriptSyntaxException} when it does not
     * compile, positioned in {@code userText} (the user's code, which starts {@code firstLineShift}
     * characters into the body).
     */
    Source function(String body, List<String> parameters, String userText, int firstLineShift) {
        String head = ScriptSources.head(parameters);
        checkBody(body, parameters, firstLineShift, userText);
        Source source = Source.newBuilder("js", ScriptSources.function(head, body), NAME)
                .buildLiteral();
        parse(source, ScriptSources.headLength(head) + firstLineShift, userText);
        return source;
    }

    /** Throws when {@code guardBody} (the body in its alternative brackets) does not compile. */
    void guard(String guardBody, List<String> parameters) {
        String text = ScriptSources.guard(ScriptSources.head(parameters), guardBody);
        Source source =
                Source.newBuilder("js", text, NAME + "-check").cached(false).buildLiteral();
        try {
            parse(source, 0, guardBody);
        } catch (ScriptSyntaxException e) {
            throw new ScriptSyntaxException(
                    "the code is not one function body or expression:" + " it closes a bracket it did not open", 0, 0);
        }
    }

    /** Throws unless {@code body} alone parses as a function body with these parameters (compiled, never called). */
    private void checkBody(String body, List<String> parameters, int firstLineShift, String userText) {
        Object[] arguments = new Object[parameters.size() + 1];
        for (int i = 0; i < parameters.size(); i++) {
            arguments[i] = parameters.get(i);
        }
        arguments[parameters.size()] = body;
        lock.lock();
        try {
            open().getMember("Function").newInstance(arguments);
        } catch (PolyglotException e) {
            if (!e.isSyntaxError()) {
                throw e;
            }
            throw BodyErrors.translate(e.getMessage(), firstLineShift, userText);
        } finally {
            lock.unlock();
        }
    }

    /** The parsing context's global bindings; call with the lock held. */
    private Value open() {
        if (closed) {
            throw new IllegalStateException("the script sandbox is closed");
        }
        if (context == null) {
            context = contexts.get();
        }
        if (bindings == null) {
            bindings = context.getBindings("js");
        }
        return bindings;
    }

    private void parse(Source source, int firstLineShift, String userText) {
        lock.lock();
        try {
            open();
            context.parse(source);
        } catch (PolyglotException e) {
            if (!e.isSyntaxError()) {
                throw e;
            }
            throw translate(e, firstLineShift, userText);
        } finally {
            lock.unlock();
        }
    }

    private static ScriptSyntaxException translate(PolyglotException e, int firstLineShift, String userText) {
        SourceSection at = e.getSourceLocation();
        int line = at != null && at.isAvailable() ? at.getStartLine() : 0;
        int column = line > 0 ? at.getStartColumn() : 0;
        if (line == 1) {
            column = Math.max(1, column - firstLineShift);
        }
        String[] lines = userText.split("\n", -1);
        if (line > lines.length) {
            line = lines.length;
            column = lines[lines.length - 1].length() + 1;
        }
        return new ScriptSyntaxException(message(e.getMessage()), line, column);
    }

    /** "SyntaxError: script:3:2 Expected ; but found x\n(excerpt)" becomes "Expected ; but found x". */
    static String message(String raw) {
        String first = raw == null ? "" : raw.lines().findFirst().orElse("");
        String text = first.replaceFirst("^SyntaxError: ", "")
                .replaceFirst("^\\S+:\\d+:\\d+\\s+", "")
                .strip();
        if (text.isEmpty()) {
            text = "invalid syntax";
        }
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "..." : text;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            if (context != null) {
                context.close(true);
            }
        } finally {
            lock.unlock();
        }
    }
}
