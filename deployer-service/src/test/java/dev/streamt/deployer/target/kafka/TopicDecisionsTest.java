package dev.streamt.deployer.target.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicDecisionsTest {

    private static final TopicSpec WANTED = new TopicSpec("taken", 4, (short) 3, Map.of());

    @Test
    void aTopicThatAppearedAfterThePlanIsNeverTakenOver() {
        assertThat(TopicDecisions.onExisting(WANTED, 4, 3, false)).contains("this deployment did not create it")
                .contains("plan again");
    }

    @Test
    void anExistingTopicWithTheWantedCountsIsDoneWhenThisStepMadeItBeforeACrash() {
        assertThat(TopicDecisions.onExisting(WANTED, 4, 3, true)).isNull();
    }

    @Test
    void anExistingTopicWithOtherCountsIsAnErrorNamingBoth() {
        assertThat(TopicDecisions.onExisting(WANTED, 2, 3, true)).contains("topic 'taken' already exists with 2 partitions "
                + "and replication factor 3").contains("4 partitions and replication factor 3");
        assertThat(TopicDecisions.onExisting(WANTED, 4, 1, true)).contains("replication factor 1");
    }

    @Test
    void partitionsAlreadyAtTheTargetAreDone() {
        assertThat(TopicDecisions.onPartitionsRefused("grow", 5, 5, "Topic already has 5 partition(s).")).isNull();
    }

    @Test
    void morePartitionsThanTheTargetIsAnError() {
        assertThat(TopicDecisions.onPartitionsRefused("grow", 5, 8, "refused"))
                .contains("topic 'grow' has 8 partitions, more than the 5").contains("cannot remove partitions");
    }

    @Test
    void anyOtherRefusalIsKafkasOwn() {
        assertThat(TopicDecisions.onPartitionsRefused("grow", 5, 2, "InvalidPartitionsException: no brokers"))
                .isEqualTo("InvalidPartitionsException: no brokers");
    }
}
