package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.Assertion;
import dev.streamt.compiler.core.project.OnFailureAction;
import dev.streamt.compiler.core.project.Positions;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.project.TestDefinition;
import dev.streamt.contracts.diagnostics.Severity;
import dev.streamt.contracts.testing.TestType;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads one {@code tests[]} item with its {@code on_failure} in the list form or the {@code {severity, actions}} form. */
final class TestBinder {

    static final Keys TEST = Keys.of("name", "model", "type", "description", "assertions", "sample_size", "timeout",
            "flink_cluster", "on_failure");
    static final Keys ON_FAILURE = Keys.of("severity", "actions");
    static final Keys ACTION = Keys.of(OnFailureAction.KINDS.toArray(String[]::new));
    static final Keys ALERT = Keys.of("channel", "webhook", "message");
    static final Keys PAUSE = Keys.of("model");
    static final Keys DLQ = Keys.of("topic", "include_error", "model");

    private TestBinder() {
    }

    /** The test, or null when it has no usable name. */
    static TestDefinition bind(BindContext ctx, YamlItem item) {
        if (!item.isMapping(ctx, "a mapping (a test)")) {
            return null;
        }
        Positions.Builder positions = Positions.builder(item.span());
        Fields test = Fields.read(ctx, item.node(), item.path(), "", positions, TEST);
        String name = DefinitionNames.read(test, "test");
        test.require("model", "the model or source the test checks");
        String model = RuntimeBinder.nonEmpty(test, "model");
        test.require("type", "schema, sample or continuous");
        String type = test.choice("type", List.of("schema", "sample", "continuous"));
        List<Assertion> assertions = AssertionBinder.assertions(test);
        Integer sampleSize = test.integer("sample_size", 1);
        java.time.Duration timeout = test.duration("timeout");
        String flinkCluster = RuntimeBinder.nonEmpty(test, "flink_cluster");
        List<OnFailureAction> actions = new ArrayList<>();
        Severity severity = onFailure(test, actions);
        return name == null ? null : new TestDefinition(name, model, type == null ? null : TestType.fromWireValue(type),
                test.string("description"), assertions, sampleSize, timeout, flinkCluster, severity, actions,
                positions.build());
    }

    private static Severity onFailure(Fields test, List<OnFailureAction> actions) {
        Node node = test.value("on_failure");
        if (node == null || Scalars.isNull(node)) {
            return null;
        }
        if (node instanceof SequenceNode) {
            actions(test, "on_failure", actions);
            return null;
        }
        if (!(node instanceof MappingNode)) {
            return Values.wrongType(test.ctx, node, test.pathOf("on_failure"), "a list of actions or "
                    + "{severity, actions}", null);
        }
        Fields onFailure = test.map("on_failure", ON_FAILURE);
        String severity = onFailure.choice("severity", List.of("error", "warning"));
        actions(onFailure, "actions", actions);
        return severity == null ? Severity.ERROR : Severity.fromWireValue(severity);
    }

    private static void actions(Fields owner, String key, List<OnFailureAction> actions) {
        for (YamlItem item : owner.items(key)) {
            OnFailureAction action = action(owner.ctx, item, owner.positions);
            if (action != null) {
                actions.add(action);
            }
        }
    }

    private static OnFailureAction action(BindContext ctx, YamlItem item, Positions.Builder positions) {
        if (item.node() instanceof ScalarNode && !Scalars.isNull(item.node())) {
            String kind = Values.choice(ctx, item.node(), item.path(), List.of("block_deploy"), false);
            return kind == null ? null : new OnFailureAction.BlockDeploy(item.span());
        }
        if (!item.isMapping(ctx, "an action (alert, pause, dlq or block_deploy)")) {
            return null;
        }
        if (((MappingNode) item.node()).getValue().size() != 1) {
            ctx.problems.invalid(item.span(), "'" + item.path() + "' must hold exactly one action",
                    "Write one of alert, pause, dlq, block_deploy per list item.");
            return null;
        }
        Fields action = item.read(ctx, positions, ACTION);
        if (action.written("alert")) {
            Fields alert = action.map("alert", ALERT);
            if (alert == null) {
                action.require("alert", "channel, webhook, message");
                return null;
            }
            alert.require("channel", String.join(", ", OnFailureAction.Alert.CHANNELS));
            return new OnFailureAction.Alert(alert.choice("channel", OnFailureAction.Alert.CHANNELS),
                    alert.string("webhook"), alert.string("message"), item.span());
        }
        if (action.written("pause")) {
            Fields pause = action.map("pause", PAUSE);
            return new OnFailureAction.Pause(pause == null ? null : RuntimeBinder.nonEmpty(pause, "model"),
                    item.span());
        }
        if (action.written("dlq")) {
            return dlq(action, item.span());
        }
        if (action.written("block_deploy")) {
            Boolean block = action.bool("block_deploy");
            return Boolean.TRUE.equals(block) ? new OnFailureAction.BlockDeploy(item.span()) : null;
        }
        return null;
    }

    private static OnFailureAction dlq(Fields action, Span span) {
        Fields dlq = action.map("dlq", DLQ);
        if (dlq == null || dlq.has("topic") == dlq.has("model")) {
            action.ctx.problems.invalid(action.keySpan("dlq"), "'" + action.pathOf("dlq")
                    + "' must name exactly one of 'topic' or 'model'",
                    "Write dlq: {topic: <topic>, include_error: true} or dlq: {model: <model>}.");
            return null;
        }
        String topic = RuntimeBinder.nonEmpty(dlq, "topic");
        String model = RuntimeBinder.nonEmpty(dlq, "model");
        boolean includeError = dlq.bool("include_error", false);
        return topic == null && model == null ? null : new OnFailureAction.Dlq(topic, includeError, model, span);
    }
}
