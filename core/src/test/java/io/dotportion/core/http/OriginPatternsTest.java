package io.dotportion.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OriginPatternsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*",
                "https://app.example.com",
                "http://localhost:3000",
                "https://*.example.com",
                "https://*.example.com:8443",
                "HTTPS://App.Example.COM/",
                "http://127.0.0.1:8080"
            })
    void well_formed_entries_are_accepted(String entry) {
        assertThat(OriginPatterns.problem(entry)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "example.com|must be * or an origin",
                "*.example.com|must be * or an origin",
                "ftp://example.com|must be * or an origin",
                "null|must be * or an origin",
                "https://api.*.example.com|only as the whole first label",
                "https://*example.com|only as the whole first label",
                "https://**.example.com|only as the whole first label",
                "https://*.com|two labels at least",
                "https://*.|must name a host",
                "https://app.example.com/path|without a path",
                "https://user@app.example.com|without a path",
                "https://app.example.com:80x|numeric port",
                "https://app..example.com|must name a host",
                "https://|must be * or an origin"
            })
    void malformed_entries_are_refused_with_a_reason(String entry, String reason) {
        assertThat(OriginPatterns.problem(entry))
                .hasValueSatisfying(p -> assertThat(p).contains(reason));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://*.example.com|https://app.example.com|true",
                "https://*.example.com|https://APP.example.com|true",
                "https://*.example.com|https://my-app2.example.com|true",
                "https://*.example.com|https://example.com|false",
                "https://*.example.com|https://a.b.example.com|false",
                "https://*.example.com|http://app.example.com|false",
                "https://*.example.com|https://app.example.com:8443|false",
                "https://*.example.com|https://app.example.com.evil.net|false",
                "https://*.example.com|https://appexample.com|false",
                "https://*.example.com|https://evil.net/.example.com|false",
                "https://*.example.com:8443|https://app.example.com:8443|true",
                "https://*.example.com:8443|https://app.example.com|false",
                "https://app.example.com|https://app.example.com/|true",
                "https://app.example.com|https://app.example.com.evil.net|false",
                "*|https://anything.example|true"
            })
    void an_origin_matches_an_entry_exactly_or_by_one_label(String entry, String origin, boolean matches) {
        assertThat(OriginPatterns.matches(entry, origin)).isEqualTo(matches);
    }
}
