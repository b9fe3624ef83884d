package dev.streamt.contracts.events;

import java.util.List;

/** The names of the platform's services, as used for topic ownership and as CloudEvents {@code source}s. */
public final class StreamtServices {

    /** Validates and compiles projects; owns the compile commands and manifest events topics. */
    public static final String COMPILER = "compiler-service";
    /** Plans change sets and detects drift; owns the plan commands and change set events topics. */
    public static final String PLANNER = "planner-service";
    /** Deploys change sets; owns the apply commands and deployment events topics. */
    public static final String DEPLOYER = "deployer-service";
    /** Runs data tests; owns the test commands and test events topics. */
    public static final String TEST_RUNNER = "test-runner-service";
    /** Answers lineage questions; owns no topic. */
    public static final String LINEAGE = "lineage-service";

    /** Every service, in the order of the flow. */
    public static final List<String> ALL = List.of(COMPILER, PLANNER, DEPLOYER, TEST_RUNNER, LINEAGE);

    private StreamtServices() {
    }

    /** The CloudEvents {@code source} of events a service emits: {@code /streamt/<service>}. */
    public static String source(String service) {
        return "/streamt/" + service;
    }
}
