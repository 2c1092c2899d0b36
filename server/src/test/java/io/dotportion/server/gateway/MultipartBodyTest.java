package io.dotportion.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.limit.Limits;
import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.Workflows;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A deployed endpoint reads a multipart/form-data body into {@code request.body}: fields as text, files as
 * {@code {filename, contentType, size, base64}}, within the body limit and the part limit; a malformed body is
 * a 400 naming the problem, and the server goes on serving.
 */
@PlatformTest
class MultipartBodyTest {
    private static final int BODY_LIMIT = 64 * 1024;
    private static final int PARTS = 5;

    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.configured(
            config -> config.withLimits(Limits.defaults().withMaxBodyBytes(BODY_LIMIT))
                    .withGateway(config.gateway().withMaxFormParts(PARTS)));

    private final ApiClient api;
    private final String echo;

    MultipartBodyTest(SignedUpUser user) {
        api = user.api();
        String token = user.token();
        String projectId = user.newProject("forms");
        api.deploy(
                token,
                api.newWorkflow(
                        token,
                        projectId,
                        Workflows.chain(
                                "Echo body",
                                "POST",
                                "/upload",
                                List.of(Workflows.node(
                                        "answer",
                                        ResponseNode.ID,
                                        Map.of("status", 200, "body", "{{request.body}}"))))));
        echo = "/api/" + api.username(token) + "/forms/upload";
    }

    @Test
    void fields_and_several_files_arrive_in_the_request_body() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, '\r', '\n', '-', '-'};
        Form form = new Form("----WebKitFormBoundary7MA4YWxkTrZu0gW")
                .field("title", "Holiday")
                .field("tag", "sea")
                .field("tag", "sun")
                .file("photo", "beach.png", "image/png", png)
                .file("notes", "notes.txt", "text/plain", "line 1\r\nline 2\r\n".getBytes(StandardCharsets.UTF_8));

        Map<String, Object> body = send(form).expect(200).map();

        assertThat(body).containsEntry("title", "Holiday").containsEntry("tag", List.of("sea", "sun"));
        assertThat(body.get("photo"))
                .isEqualTo(Map.of(
                        "filename",
                        "beach.png",
                        "contentType",
                        "image/png",
                        "size",
                        png.length,
                        "base64",
                        Base64.getEncoder().encodeToString(png)));
        Map<?, ?> notes = (Map<?, ?>) body.get("notes");
        assertThat(Base64.getDecoder().decode((String) notes.get("base64")))
                .isEqualTo("line 1\r\nline 2\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_utf8_filename_and_an_empty_file_arrive_as_sent() {
        Form form = new Form("b0undary").file("cv", "Lebenslauf Müller – 履歴書.pdf", "application/pdf", new byte[0]);

        Map<String, Object> file = map(send(form).expect(200).map().get("cv"));

        assertThat(file)
                .containsEntry("filename", "Lebenslauf Müller – 履歴書.pdf")
                .containsEntry("size", 0)
                .containsEntry("base64", "");
    }

    @Test
    void every_byte_value_of_a_file_survives() {
        byte[] all = new byte[256 * 4];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        Map<?, ?> file = (Map<?, ?>) send(new Form("xx").file("raw", "all.bin", "application/octet-stream", all))
                .expect(200)
                .map()
                .get("raw");

        assertThat(Base64.getDecoder().decode((String) file.get("base64"))).isEqualTo(all);
    }

    @Test
    void more_parts_than_the_limit_are_a_413_and_the_limit_itself_is_served() {
        Form atLimit = new Form("parts");
        Form overLimit = new Form("parts");
        for (int i = 0; i < PARTS; i++) {
            atLimit.field("f" + i, "v");
            overLimit.field("f" + i, "v");
        }
        overLimit.field("one", "more");

        assertThat(send(atLimit).expect(200).map()).hasSize(PARTS);
        ApiResponse refused = send(overLimit);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.map()).containsEntry("error", "PAYLOAD_TOO_LARGE");
        assertThat(refused.map().get("message").toString()).contains("more than " + PARTS + " parts");
    }

    @Test
    void a_form_over_the_body_limit_is_a_413() {
        Form form = new Form("big").file("f", "big.bin", "application/octet-stream", new byte[BODY_LIMIT]);

        ApiResponse r = send(form);

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.map()).containsEntry("error", "PAYLOAD_TOO_LARGE");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\ncut off here",
                "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--Bnot-a-delimiter\r\n--B--",
                "--B\r\nContent-Disposition form-data\r\n\r\nv\r\n--B--",
                "--B\r\nContent-Disposition: form-data\r\n\r\nv\r\n--B--",
                "text before\r\n--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--B--"
            })
    void a_malformed_form_is_a_400_and_the_server_goes_on_serving(String body) {
        ApiResponse r = api.raw(
                "POST", echo, "multipart/form-data; boundary=B", body.getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.map()).containsEntry("error", "INVALID_REQUEST");
        assertThat(r.map().get("message").toString()).startsWith("malformed multipart body: ");
        assertThat(send(new Form("ok").field("still", "here")).expect(200).map())
                .containsEntry("still", "here");
    }

    @Test
    void a_form_without_a_boundary_is_a_400() {
        ApiResponse r = api.raw(
                "POST", echo, "multipart/form-data", "--B\r\n\r\n--B--".getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.map().get("message").toString()).contains("no boundary");
    }

    @Test
    void a_urlencoded_form_still_arrives_as_an_object() {
        ApiResponse r = api.raw(
                "POST",
                echo,
                "application/x-www-form-urlencoded",
                "a=1&b=x+y&a=2".getBytes(StandardCharsets.US_ASCII),
                Map.of());

        assertThat(r.expect(200).map()).containsEntry("a", List.of("1", "2")).containsEntry("b", "x y");
    }

    private ApiResponse send(Form form) {
        return api.raw("POST", echo, form.contentType(), form.bytes(), Map.of());
    }

    /** A multipart/form-data body written the way browsers write one. */
    private static final class Form {
        private final String boundary;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Form(String boundary) {
            this.boundary = boundary;
        }

        Form field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                    + "\r\n");
            return this;
        }

        Form file(String name, String filename, String type, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                    + "\"\r\nContent-Type: " + type + "\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(out.toByteArray());
            all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }

        private void write(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
