package io.dotportion.nodes.jwt;

/** A token jwtVerify refuses; the message is a fixed, safe reason that never quotes the token or the key. */
final class TokenRejected extends Exception {

    TokenRejected(String reason) {
        super(reason, null, false, false);
    }
}
