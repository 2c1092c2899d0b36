package io.dotportion.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection that POSTs the same request again and again and reads each answer whole
 * (its headers, then {@code Content-Length} bytes). Small on purpose: the harness subtracts its thread's cost.
 */
final class KeepAliveClient implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] request;
    private final byte[] body = new byte[64 * 1024];

    KeepAliveClient(int port, String path, String json, String authorization) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        byte[] content = json.getBytes(StandardCharsets.UTF_8);
        request = ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                        + "Authorization: " + authorization + "\r\nContent-Length: " + content.length + "\r\n\r\n"
                        + json)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Sends the request once; answers the body (the status must be 200). */
    String send() throws IOException {
        out.write(request);
        out.flush();
        int length = readHeaders();
        int read = 0;
        while (read < length) {
            int n = in.read(body, read, length - read);
            if (n < 0) {
                throw new IOException("the server closed the connection");
            }
            read += n;
        }
        return new String(body, 0, length, StandardCharsets.UTF_8);
    }

    /** Reads the status line and headers; answers the Content-Length. */
    private int readHeaders() throws IOException {
        StringBuilder line = new StringBuilder();
        int length = -1;
        boolean first = true;
        while (true) {
            line.setLength(0);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("the server closed the connection");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            if (line.isEmpty()) {
                break;
            }
            String text = line.toString();
            if (first && !text.startsWith("HTTP/1.1 200")) {
                throw new IOException("answered " + text);
            }
            first = false;
            if (text.regionMatches(true, 0, "content-length:", 0, 15)) {
                length = Integer.parseInt(text.substring(15).strip());
            }
        }
        if (length < 0) {
            throw new IOException("an answer without Content-Length");
        }
        return length;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
