package dev.streamt.planner.target.kafka;

/**
 * One rule of how a running topic becomes the desired one. Rules are independent: each looks at its own fields and
 * {@link TopicRules} combines them (blocked beats replace beats update). Stateless and thread-safe.
 */
public interface TopicRule {

    TopicFinding check(TopicComparison comparison);
}
