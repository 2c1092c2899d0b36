package io.dotportion.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildInfoTest {

    @Test
    void the_build_writes_the_project_version_and_a_commit_into_the_class_path() {
        BuildInfo build = BuildInfo.current();

        assertThat(build.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        // a hexadecimal commit in a git checkout, "unknown" in a build outside one
        assertThat(build.commit()).matches("[0-9a-f]{7,40}|unknown");
    }

    @Test
    void values_the_build_did_not_fill_in_are_unknown() {
        assertThat(new BuildInfo("${project.version}", "${git.commit.id.abbrev}"))
                .isEqualTo(new BuildInfo("unknown", "unknown"));
        assertThat(new BuildInfo(null, " ")).isEqualTo(new BuildInfo("unknown", "unknown"));
        assertThat(new BuildInfo("0.1.0", "0123abcd4567").describe()).isEqualTo("0.1.0 (commit 0123abcd4567)");
    }
}
