package io.dotportion.store.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoadSamplerTest {
    private final LoadSampler sampler =
            new LoadSampler(ExecutionLogSettings.defaults().withCapacity(1000).withSampling(0.5, 100));

    @Test
    void below_the_high_water_mark_every_run_is_kept() {
        assertThat(sampler.sampleEvery(499)).isEqualTo(1);
        assertThat(IntStream.range(0, 50).allMatch(i -> sampler.keep(499))).isTrue();
    }

    @Test
    void the_kept_share_falls_from_one_in_two_to_the_maximum_as_the_queue_fills() {
        assertThat(sampler.sampleEvery(500)).isEqualTo(2);
        assertThat(sampler.sampleEvery(750)).isEqualTo(51);
        assertThat(sampler.sampleEvery(1000)).isEqualTo(100);
    }

    @Test
    void one_run_in_n_is_kept_when_behind() {
        long kept = IntStream.range(0, 1000).filter(i -> sampler.keep(1000)).count();

        assertThat(kept).isEqualTo(10);
    }

    @Test
    void a_high_water_mark_of_one_never_samples() {
        LoadSampler never =
                new LoadSampler(ExecutionLogSettings.defaults().withCapacity(10).withSampling(1.0, 100));

        assertThat(never.behind(10)).isFalse();
        assertThat(never.keep(10)).isTrue();
    }
}
