package io.dotportion.nodes.script.direct;

import java.util.List;
import java.util.Optional;
import org.mozilla.javascript.CompilerEnvirons;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Node;
import org.mozilla.javascript.Parser;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.AstRoot;
import org.mozilla.javascript.ast.ExpressionStatement;
import org.mozilla.javascript.ast.FunctionNode;
import org.mozilla.javascript.ast.ParenthesizedExpression;
import org.mozilla.javascript.ast.ReturnStatement;
import org.mozilla.javascript.ast.StringLiteral;

/**
 * Reads the one returned expression of a script with Rhino's parser, which builds a syntax tree and
 * nothing else here: no Rhino context is entered and nothing is compiled or run. The code is placed in
 * the same function the sandbox wraps it in ({@code function (params) { "use strict"; BODY }}); the
 * sandbox has already checked that the code is one whole body or expression.
 */
final class RhinoReader {
    /** Longest code read for the direct path: expressions people write are short, and Rhino's parser recurses. */
    static final int MAX_SOURCE = 4000;

    private RhinoReader() {}

    /** The expression of a body that is exactly {@code return <expression>;}, or empty. */
    static Optional<AstNode> returned(String body, List<String> parameters) {
        return parse("function f(" + String.join(", ", parameters) + ") { \"use strict\"; " + body + "\n}")
                .flatMap(RhinoReader::onlyReturn)
                .map(RhinoReader::unwrap);
    }

    /** The expression of a condition, or empty when it does not parse. */
    static Optional<AstNode> expression(String expression, List<String> parameters) {
        return returned("return (" + expression + "\n);", parameters);
    }

    /**
     * The tree of the wrapped code, or empty: when it does not parse, is long, or holds an HTML-like comment
     * marker ({@code <!--}, {@code -->}), which the two parsers might not read alike.
     */
    private static Optional<AstRoot> parse(String source) {
        if (source.length() > MAX_SOURCE || source.contains("<!--") || source.contains("-->")) {
            return Optional.empty();
        }
        CompilerEnvirons environment = new CompilerEnvirons();
        environment.setLanguageVersion(Context.VERSION_ES6);
        environment.setRecordingComments(false);
        environment.setXmlAvailable(false);
        try {
            return Optional.of(new Parser(environment).parse(source, "direct", 1));
        } catch (RhinoException | IllegalStateException | IllegalArgumentException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private static Optional<AstNode> onlyReturn(AstRoot root) {
        if (!(root.getFirstChild() instanceof FunctionNode function) || function.getNext() != null) {
            return Optional.empty();
        }
        Node directive = function.getBody().getFirstChild();
        if (!(directive instanceof ExpressionStatement statement)
                || !(statement.getExpression() instanceof StringLiteral literal)
                || !literal.getValue().equals("use strict")) {
            return Optional.empty();
        }
        Node last = directive.getNext();
        if (!(last instanceof ReturnStatement ret) || ret.getNext() != null || ret.getReturnValue() == null) {
            return Optional.empty();
        }
        return Optional.of(ret.getReturnValue());
    }

    static AstNode unwrap(AstNode node) {
        AstNode inner = node;
        while (inner instanceof ParenthesizedExpression brackets) {
            inner = brackets.getExpression();
        }
        return inner;
    }
}
