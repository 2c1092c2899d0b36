package io.dotportion.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The multipart/form-data reader: what a browser or curl sends is read exactly; anything malformed is a 400. */
class MultipartFormTest {
    private static final String TYPE = "multipart/form-data; boundary=XyZ";

    @Test
    void fields_and_files_are_read_with_repeated_names_as_lists() {
        byte[] body = bytes("--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\n\r\n"
                + "Hello\r\n"
                + "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"tag\"\r\n\r\n"
                + "a\r\n"
                + "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"tag\"\r\n\r\n"
                + "b\r\n"
                + "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"doc\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + "file text\r\n"
                + "--XyZ--\r\n");

        assertThat(parse(TYPE, body))
                .isEqualTo(Map.of(
                        "title",
                        "Hello",
                        "tag",
                        List.of("a", "b"),
                        "doc",
                        Map.of(
                                "filename",
                                "a.txt",
                                "contentType",
                                "text/plain",
                                "size",
                                9,
                                "base64",
                                b64("file text"))));
    }

    @Test
    void binary_content_with_line_breaks_and_dashes_inside_is_kept_byte_for_byte() {
        byte[] content = {0, (byte) 0xFF, '\r', '\n', '-', '-', 'X', 'y', '\r', '\n', '\r', '\n', 13, 10, 0x7F};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes("--XyZ\r\nContent-Disposition: form-data; name=\"bin\"; filename=\"b.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n"));
        out.writeBytes(content);
        out.writeBytes(bytes("\r\n--XyZ--"));

        Map<?, ?> file = (Map<?, ?>) parse(TYPE, out.toByteArray()).get("bin");

        assertThat(Base64.getDecoder().decode((String) file.get("base64"))).isEqualTo(content);
        assertThat(file.get("size")).isEqualTo(content.length);
    }

    @Test
    void an_empty_file_a_utf8_filename_and_a_quoted_boundary_are_read() {
        byte[] body = bytes("--a b:c\r\n"
                + "Content-Disposition: form-data; name=\"f\"; filename=\"résumé 日本.pdf\"\r\n\r\n"
                + "\r\n--a b:c--");

        Map<String, Object> file =
                map(parse("multipart/form-data; boundary=\"a b:c\"", body).get("f"));

        assertThat(file)
                .containsEntry("filename", "résumé 日本.pdf")
                .containsEntry("size", 0)
                .containsEntry("base64", "")
                .containsEntry("contentType", "application/octet-stream");
    }

    @Test
    void an_extended_filename_is_decoded_and_an_empty_field_is_an_empty_string() {
        byte[] body = bytes("--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"f\"; filename*=UTF-8''%E2%82%AC.txt\r\n\r\n"
                + "x\r\n--XyZ\r\n"
                + "content-disposition: FORM-DATA; name=empty\r\n\r\n"
                + "\r\n--XyZ--\r\n");

        Map<String, Object> form = parse(TYPE, body);

        assertThat(((Map<?, ?>) form.get("f")).get("filename")).isEqualTo("€.txt");
        assertThat(form.get("empty")).isEqualTo("");
    }

    @Test
    void a_form_with_no_part_is_an_empty_object() {
        assertThat(parse(TYPE, bytes("--XyZ--\r\n"))).isEmpty();
    }

    @Test
    void more_parts_than_the_limit_are_refused_with_413_and_the_limit_in_the_message() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            text.append("--XyZ\r\nContent-Disposition: form-data; name=\"p")
                    .append(i)
                    .append("\"\r\n\r\nv\r\n");
        }
        byte[] body = bytes(text + "--XyZ--");

        assertThat(MultipartForm.parse(TYPE, body, 4)).isInstanceOf(Map.class);
        assertThatThrownBy(() -> MultipartForm.parse(TYPE, body, 3))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.error()).isEqualTo(ApiError.PAYLOAD_TOO_LARGE))
                .hasMessageContaining("more than 3 parts");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "multipart/form-data",
                "multipart/form-data; charset=utf-8",
                "multipart/form-data; boundary=",
                "multipart/form-data; boundary=\"\"",
                "multipart/form-data; boundary=bad;boundary=twice",
                "multipart/form-data; boundary=semi\u00e9",
                "multipart/form-data; boundary=0123456789012345678901234567890123456789012345678901234567890123456789X"
            })
    void a_content_type_without_a_usable_boundary_is_a_400(String contentType) {
        assertInvalid(
                contentType, "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--XyZ--", "boundary");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // truncated: no closing delimiter, or cut inside a part
                "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue",
                "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--XyZ",
                "--XyZ\r\nContent-Disposition: form-data; name=\"a\"",
                // boundary in the wrong place
                "preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--XyZ--",
                "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--XyZextra\r\n--XyZ--",
                "--XyZjunk\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--XyZ--",
                "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n--XyZ--",
                // bad headers
                "--XyZ\r\nno colon here\r\n\r\nv\r\n--XyZ--",
                "--XyZ\r\n: empty name\r\n\r\nv\r\n--XyZ--",
                "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n folded\r\n\r\nv\r\n--XyZ--",
                "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\nContent-Disposition: form-data; name=\"b\"\r\n\r\nv\r\n--XyZ--",
                "--XyZ\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nv\r\n--XyZ--",
                "--XyZ\r\nContent-Disposition: form-data; name=\"a\r\n\r\nv\r\n--XyZ--",
                "--XyZ\r\nContent-Disposition: form-data; name=\"a\"; name=\"b\"\r\n\r\nv\r\n--XyZ--",
                "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\nContent-Transfer-Encoding: base64\r\n\r\nv\r\n--XyZ--",
                // a part without a name
                "--XyZ\r\nContent-Disposition: form-data\r\n\r\nv\r\n--XyZ--",
                "--XyZ\r\nContent-Disposition: form-data; name=\"\"\r\n\r\nv\r\n--XyZ--",
                "--XyZ\r\nContent-Disposition: form-data; filename=\"x.txt\"\r\n\r\nv\r\n--XyZ--",
                "--XyZ\r\nContent-Type: text/plain\r\n\r\nv\r\n--XyZ--",
                "--XyZ\r\n\r\nv\r\n--XyZ--",
                "--XyZ\r\n\r\n--XyZ--",
                "--XyZ\r\n--XyZ--",
                "",
                "--XyZ"
            })
    void a_malformed_body_is_a_400_that_says_so(String body) {
        assertInvalid(TYPE, body, "malformed multipart body");
    }

    @Test
    void a_field_that_is_not_utf8_and_headers_that_are_not_utf8_are_a_400() {
        ByteArrayOutputStream field = new ByteArrayOutputStream();
        field.writeBytes(bytes("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n"));
        field.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
        field.writeBytes(bytes("\r\n--XyZ--"));
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.writeBytes(bytes("--XyZ\r\nContent-Disposition: form-data; name=\"a\"; filename=\""));
        header.writeBytes(new byte[] {(byte) 0xFF});
        header.writeBytes(bytes("\"\r\n\r\nv\r\n--XyZ--"));

        for (byte[] body : List.of(field.toByteArray(), header.toByteArray())) {
            assertThatThrownBy(() -> parse(TYPE, body))
                    .isInstanceOf(ApiException.class)
                    .hasMessageContaining("not valid UTF-8");
        }
    }

    private static void assertInvalid(String contentType, String body, String words) {
        assertThatThrownBy(() -> parse(contentType, bytes(body)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.error()).isEqualTo(ApiError.INVALID_REQUEST))
                .hasMessageContaining(words);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String contentType, byte[] body) {
        return (Map<String, Object>) MultipartForm.parse(contentType, body, 100);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(bytes(text));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
