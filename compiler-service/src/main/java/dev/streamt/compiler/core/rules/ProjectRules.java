package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import java.util.List;

/** Every rule the compiler runs on an analysed project, in a fixed order. */
public final class ProjectRules {

    private static final List<ProjectRule> ALL = List.of(
            // What the runtime must offer for the materializations.
            new FlinkRequiredRule(),
            new ConfluentFlinkRequiredRule(),
            new GatewayRequiredRule(),
            new NoProcessingRuntimeRule(),
            new AmbiguousMaterializationRule(),
            new MissingSinkConfigRule(),
            new StateTtlRule(),
            // References between models, tests and exposures.
            new AccessRule(),
            new UnusedFromRule(),
            new MlOpaqueOutputRule(),
            new TestModelExistsRule(),
            new ContinuousTestRequiresFlinkRule(),
            new SampleSizeIgnoredRule(),
            new DlqModelExistsRule(),
            new ExposureReferencesRule(),
            new SecurityPoliciesNotEnforcedRule(),
            new SlaNotEnforcedRule(),
            // Governance: the rules block.
            new MinPartitionsRule(),
            new MaxPartitionsRule(),
            new MinReplicationRule(),
            new MaxReplicationRule(),
            new TopicNamingPatternRule(),
            new ForbiddenPrefixRule(),
            new ForbiddenSuffixRule(),
            new RequiredTopicConfigRule(),
            new RequireDescriptionRule(),
            new RequireOwnerRule(),
            new RequireTestsRule(),
            new MaxDependenciesRule(),
            new RequireSchemaRule(),
            new RequireFreshnessRule(),
            new RequireClassificationRule(),
            new SensitiveColumnsRequireMaskingRule());

    private ProjectRules() {
    }

    /** Every rule, in a fixed order; the list is immutable and its rules are stateless and thread-safe. */
    public static List<ProjectRule> all() {
        return ALL;
    }

    /** Runs every rule on {@code context}, adding all they find to {@code findings}. */
    public static void checkAll(RuleContext context, Findings findings) {
        for (ProjectRule rule : ALL) {
            rule.check(context, findings);
        }
    }
}
