package dev.streamt.deployer.target.kafka;

import dev.streamt.deployer.core.StepResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The outcome of each change of one batch as the phases go: a change succeeds unless a phase failed it, and its first
 * error is the one kept (a later phase skips failed changes). Threading: confined to the thread of one
 * {@code execute} call.
 */
final class BatchOutcome {

    private final List<String> changeIds;
    private final Map<String, String> errors = new HashMap<>();

    BatchOutcome(List<String> changeIds) {
        this.changeIds = List.copyOf(changeIds);
    }

    void fail(String changeId, String error) {
        errors.putIfAbsent(changeId, error);
    }

    /** Fails every change that has not failed yet, with {@code error}. */
    void failRest(String error) {
        changeIds.forEach(id -> fail(id, error));
    }

    boolean failed(String changeId) {
        return errors.containsKey(changeId);
    }

    /** The steps among {@code steps} that have not failed and match {@code which}, in order. */
    List<TopicStep> live(List<TopicStep> steps, Predicate<TopicStep> which) {
        List<TopicStep> live = new ArrayList<>();
        for (TopicStep step : steps) {
            if (!failed(step.changeId()) && which.test(step)) {
                live.add(step);
            }
        }
        return live;
    }

    /** One result per change of the batch, in its order. */
    List<StepResult> results() {
        List<StepResult> results = new ArrayList<>(changeIds.size());
        for (String id : changeIds) {
            String error = errors.get(id);
            results.add(error == null ? StepResult.succeeded(id) : StepResult.failed(id, error));
        }
        return results;
    }
}
