package dev.streamt.compiler.core.project;

import java.util.List;
import java.util.Objects;

/**
 * What to do when a test fails ({@code on_failure}), as a closed set of records; from the list form or the streamt CLI
 * form {@code {severity, actions[]}} (whose severity is {@link TestDefinition#onFailureSeverity()}).
 */
public sealed interface OnFailureAction {

    /** The action kinds, as written in YAML. */
    List<String> KINDS = List.of("alert", "pause", "dlq", "block_deploy");

    /** The YAML key, like {@code alert}. */
    String kind();

    /** Where the action was written. */
    Span span();

    /** {@code alert{channel: slack|pagerduty|webhook|email, webhook, message}}. */
    record Alert(String channel, String webhook, String message, Span span) implements OnFailureAction {
        /** The alert channels. */
        public static final List<String> CHANNELS = List.of("slack", "pagerduty", "webhook", "email");

        public Alert {
            Objects.requireNonNull(span, "span");
        }

        public String kind() {
            return "alert";
        }
    }

    /** {@code pause{model}} (null: the tested model). */
    record Pause(String model, Span span) implements OnFailureAction {
        public Pause {
            Objects.requireNonNull(span, "span");
        }

        public String kind() {
            return "pause";
        }
    }

    /**
     * {@code dlq{topic, include_error}} or the streamt CLI's {@code dlq{model}} (a declared model receiving the failing
     * records); exactly one of {@code topic} and {@code model} is set.
     */
    record Dlq(String topic, boolean includeError, String model, Span span) implements OnFailureAction {
        public Dlq {
            Objects.requireNonNull(span, "span");
        }

        public String kind() {
            return "dlq";
        }
    }

    /** {@code block_deploy: true}. */
    record BlockDeploy(Span span) implements OnFailureAction {
        public BlockDeploy {
            Objects.requireNonNull(span, "span");
        }

        public String kind() {
            return "block_deploy";
        }
    }
}
