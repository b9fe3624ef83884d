package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.project.Defaults;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.OnFailureAction;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.project.TestDefinition;
import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.contracts.manifest.NodeType;
import dev.streamt.contracts.manifest.TopicArtifact;
import java.util.Optional;

/**
 * Who asked for a topic artifact and where each of its settings was written, so that a topic rule reports at the line
 * to change: the owning model's {@code advanced.topic.<field>} when the model set it, else the {@code defaults} entry
 * the value came from ({@code defaults.models.topic}, then {@code defaults.topic}; only the latter for the platform's
 * own topics, as the artifact stage applies them), else the model itself (the built-in default applies; the model is
 * where to set it).
 */
final class TopicOrigin {

    /** Names of topics the platform itself creates, like {@code _streamt_test_failures}. */
    static final String PLATFORM_PREFIX = "_streamt";

    private final TopicArtifact topic;
    private final ModelDefinition model;
    private final TestDefinition test;
    private final Defaults defaults;

    private TopicOrigin(TopicArtifact topic, ModelDefinition model, TestDefinition test, Defaults defaults) {
        this.topic = topic;
        this.model = model;
        this.test = test;
        this.defaults = defaults;
    }

    static TopicOrigin of(TopicArtifact topic, ProjectDefinition project) {
        NodeId owner = topic.ownerNode();
        ModelDefinition model = null;
        TestDefinition test = null;
        if (owner != null && !owner.hasProject()) {
            if (owner.type() == NodeType.MODEL) {
                model = project.model(owner.name()).orElse(null);
            } else if (owner.type() == NodeType.TEST) {
                test = project.test(owner.name()).orElse(null);
            }
        }
        return new TopicOrigin(topic, model, test, project.defaults());
    }

    /**
     * Whether the platform chose the name ({@code _streamt...}, like the test failure topic): naming rules do not
     * apply to it, since the project cannot rename it.
     */
    boolean platformNamed() {
        return topic.name().startsWith(PLATFORM_PREFIX);
    }

    /** {@code Topic 'x' of model 'm'}, {@code Topic 'x' of test 't'} or {@code Topic 'x' (created by streamt)}. */
    String describe() {
        return "Topic '" + topic.name() + "'" + owner();
    }

    /** {@code Topic name 'x' of model 'm'} and the like. */
    String describeName() {
        return "Topic name '" + topic.name() + "'" + owner();
    }

    private String owner() {
        if (model != null) {
            return " of model '" + model.name() + "'";
        }
        if (test != null) {
            return " of test '" + test.name() + "'";
        }
        return " (created by streamt)";
    }

    /**
     * Where {@code field} of the topic settings ({@code partitions}, {@code replication_factor},
     * {@code config['retention.ms']}, {@code name}) was set; {@code fallback} when nothing in the project set it and
     * the topic has no model (the rule's own line then).
     */
    Span spanOf(String field, Span fallback) {
        if (field.equals("name")) {
            return nameSpan(fallback);
        }
        if (model != null) {
            Optional<Span> own = Spans.exact(model, "advanced.topic." + field);
            if (own.isPresent()) {
                return own.get();
            }
        }
        // defaults.models.topic applies to model topics only; the platform's topics start from defaults.topic.
        Optional<Span> fromModelDefaults = model != null ? Spans.exact(defaults, "models.topic." + field)
                : Optional.empty();
        Optional<Span> fromDefaults = fromModelDefaults.or(() -> Spans.exact(defaults, "topic." + field));
        if (fromDefaults.isPresent()) {
            return fromDefaults.get();
        }
        // Nothing set it: the model is where to add it (its advanced.topic block when written).
        return model != null ? model.spanOf("advanced.topic." + field) : fallback;
    }

    private Span nameSpan(Span fallback) {
        if (model != null) {
            return Spans.firstWritten(model, "advanced.topic.name", "name");
        }
        if (test != null) {
            for (OnFailureAction action : test.onFailure()) {
                if (action instanceof OnFailureAction.Dlq dlq && topic.name().equals(dlq.topic())) {
                    return Spans.insideItem(test, dlq.span(), "dlq.topic");
                }
            }
            return test.span();
        }
        return fallback;
    }

    /** The setting to change, for hints: {@code advanced.topic.partitions on model 'm'} or the defaults entry. */
    String setting(String field) {
        if (model != null) {
            return "advanced.topic." + field + " on model '" + model.name() + "'";
        }
        if (test != null && field.equals("name")) {
            return "the dlq topic of test '" + test.name() + "'";
        }
        return "defaults.topic." + field;
    }
}
