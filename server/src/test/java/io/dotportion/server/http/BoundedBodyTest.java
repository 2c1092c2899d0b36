package io.dotportion.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    @Test
    void declared_length_is_read_exactly() throws IOException {
        byte[] body = "{\"name\":\"Ada\"}".getBytes();
        var in = new ByteArrayInputStream(body);

        assertThat(BoundedBody.read(in, OptionalLong.of(body.length), 1024)).isEqualTo(body);
    }

    @Test
    void declared_length_over_the_limit_is_refused_before_reading() {
        var in = new ByteArrayInputStream(new byte[10]);

        assertThatThrownBy(() -> BoundedBody.read(in, OptionalLong.of(11), 10))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.error()).isEqualTo(ApiError.PAYLOAD_TOO_LARGE));
        assertThat(in.available()).isEqualTo(10);
    }

    @Test
    void chunked_body_larger_than_the_first_buffer_is_read_whole() throws IOException {
        byte[] body = new byte[BoundedBody.FIRST_CHUNK_BYTES * 3 + 7];
        Arrays.fill(body, (byte) 'x');

        assertThat(BoundedBody.read(trickle(body), OptionalLong.empty(), body.length))
                .isEqualTo(body);
    }

    @Test
    void chunked_body_one_byte_over_the_limit_is_refused() {
        byte[] body = new byte[BoundedBody.FIRST_CHUNK_BYTES + 1];

        assertThatThrownBy(() -> BoundedBody.read(trickle(body), OptionalLong.empty(), body.length - 1))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.error()).isEqualTo(ApiError.PAYLOAD_TOO_LARGE));
    }

    @Test
    void chunked_body_stops_reading_after_the_limit_plus_one_byte() throws IOException {
        var endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return 'x';
            }
        };

        assertThatThrownBy(() -> BoundedBody.read(endless, OptionalLong.empty(), 100_000))
                .isInstanceOf(ApiException.class);
        assertThat(endless.served).isEqualTo(100_001);
    }

    @Test
    void empty_chunked_body_is_empty() throws IOException {
        assertThat(BoundedBody.read(new ByteArrayInputStream(new byte[0]), OptionalLong.empty(), 10))
                .isEmpty();
    }

    /** A stream that hands out at most 1000 bytes per read, as a chunked body arrives. */
    private static InputStream trickle(byte[] body) {
        return new ByteArrayInputStream(body) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1000));
            }
        };
    }
}
