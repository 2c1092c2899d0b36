package io.dotportion.nodes.jwt;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.NodeFailure;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import java.util.Map;

/**
 * A compiled jwtVerify node: reads the token, verifies it, checks its claims and outputs them. A refused token
 * fails with {@code UNAUTHORIZED} (401) and a fixed reason; a missing or too short secret is the workflow's
 * fault and fails with {@code EXECUTION_FAILED}.
 */
final class JwtVerifyHandler implements NodeHandler {
    private final TokenSource source;
    private final TokenVerifier verifier;
    private final ClaimChecks checks;

    JwtVerifyHandler(TokenSource source, TokenVerifier verifier, ClaimChecks checks) {
        this.source = source;
        this.verifier = verifier;
        this.checks = checks;
    }

    @Override
    public NodeOutcome execute(NodeContext context) {
        try {
            String token = source.read(context);
            Map<?, ?> claims = verifier.verify(token, context);
            checks.check(claims);
            return NodeOutcome.next(ClaimValues.plain(claims));
        } catch (TokenRejected rejected) {
            return NodeOutcome.fail(ErrorCode.UNAUTHORIZED, rejected.getMessage());
        } catch (NodeFailure failure) {
            return new NodeOutcome.Fail(failure.error());
        }
    }
}
