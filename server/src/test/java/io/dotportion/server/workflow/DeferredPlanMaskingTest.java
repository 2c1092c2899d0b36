package io.dotportion.server.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.engine.CompiledWorkflow;
import io.dotportion.core.engine.ExecutionRequest;
import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.mask.RequestMasking;
import io.dotportion.core.model.MaskingSetting;
import io.dotportion.core.model.RoutePath;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeferredPlanMaskingTest {
    private static final RequestMasking OPEN =
            new RequestMasking(new MaskingSetting(false, List.of("ssn"), List.of()), List.of());

    @Test
    void a_restored_version_masks_as_its_compiled_plan_once_compiled_and_by_default_before() {
        CompiledWorkflow compiled = new CompiledWorkflow() {
            @Override
            public String method() {
                return "POST";
            }

            @Override
            public RoutePath path() {
                return RoutePath.parse("/a");
            }

            @Override
            public ExecutionResult execute(ExecutionRequest request) {
                throw new UnsupportedOperationException();
            }

            @Override
            public RequestMasking masking() {
                return OPEN;
            }
        };
        DeferredPlan plan = new DeferredPlan("POST", RoutePath.parse("/a"), () -> compiled);

        assertThat(plan.masking()).isEqualTo(RequestMasking.DEFAULT);
        assertThat(plan.prepare()).isTrue();
        assertThat(plan.masking()).isSameAs(OPEN);
    }
}
