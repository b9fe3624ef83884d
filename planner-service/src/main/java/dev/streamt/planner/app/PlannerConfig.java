package dev.streamt.planner.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Map;

/** The planner's settings, all under {@code streamt.planner.} (see README.md for each key). */
@ConfigMapping(prefix = "streamt.planner")
public interface PlannerConfig {

    @WithName("auto-plan")
    AutoPlan autoPlan();

    Drift drift();

    Kafka kafka();

    @WithName("manifest-wait")
    ManifestWait manifestWait();

    Plans plans();

    /** The workers that run queued plans (auto-plans and plan commands) off the consumers' threads. */
    interface Plans {
        /**
         * How many project environments are planned at once. A plan mostly waits on its cluster, so this is well above
         * the cores: it bounds how many unanswering clusters can delay the others by one timeout.
         */
        @WithDefault("16")
        @Min(1)
        int concurrency();

        /** The pause before a plan that could not be stored (database unavailable) is tried again. */
        @WithName("retry-pause")
        @WithDefault("PT5S")
        Duration retryPause();
    }

    /**
     * How long a plan request for a manifest id waits for a manifest the planner has not received yet: automation
     * sends it as soon as it sees ManifestCompiled, and the planner reads commands and manifests from two topics.
     */
    interface ManifestWait {
        /** For a plan command from {@code streamt.plan.commands} (deferred meanwhile, never blocking the consumer). */
        @WithDefault("PT30S")
        Duration command();

        /** For {@code POST /api/v1/plans} (a caller is waiting on the line). */
        @WithDefault("PT3S")
        Duration http();
    }

    /** Whether a {@code ManifestCompiled} is planned at once, in general and per environment. */
    interface AutoPlan {
        /** Plan every compiled manifest unless its environment says otherwise. */
        @WithDefault("true")
        boolean enabled();

        /** Per-environment overrides, e.g. {@code streamt.planner.auto-plan.environments.prod=false}. */
        Map<String, Boolean> environments();

        /** Whether a manifest of {@code environment} ({@code default} for none) is planned when compiled. */
        default boolean appliesTo(String environment) {
            return environments().getOrDefault(environment, enabled());
        }
    }

    /** The drift schedule. */
    interface Drift {
        /** How often drift is looked for: a duration ({@code 5m}, {@code 30s}, {@code PT1H}) or {@code off}. */
        @WithDefault("5m")
        String interval();
    }

    /** Reading the projects' Kafka clusters (timeouts and circuits: {@code streamt.project-clusters.*}). */
    interface Kafka {
        /** Topics per DescribeTopics/DescribeConfigs call. */
        @WithName("describe-batch-size")
        @WithDefault("500")
        @Min(1)
        int describeBatchSize();
    }
}
