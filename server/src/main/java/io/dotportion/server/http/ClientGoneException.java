package io.dotportion.server.http;

/**
 * The client stopped sending its request (it disconnected, broke the connection, or let the read deadline
 * pass). Nothing is wrong with the server: it is answered 400 where an answer can still be sent and logged
 * as a counted client error, without a stack trace.
 */
public final class ClientGoneException extends RuntimeException {
    public ClientGoneException(Throwable cause) {
        super("the client stopped sending its request", cause, false, false);
    }
}
