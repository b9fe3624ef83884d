package dev.streamt.deployer.target.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestChunksTest {

    @Test
    void aCreatedTopicCostsOneRecordPlusOnePerPartitionAndConfig() {
        assertThat(RequestChunks.createRecords(new TopicSpec("t", 3, (short) 3, Map.of("retention.ms", "1"))))
                .isEqualTo(5);
        assertThat(RequestChunks.createRecords(new TopicSpec("t", 1, (short) 1, Map.of()))).isEqualTo(2);
    }

    @Test
    void splitsByTopicCountKeepingOrder() {
        List<List<Integer>> chunks = RequestChunks.split(range(7), item -> 1, 3, 1_000);

        assertThat(chunks).containsExactly(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6));
    }

    @Test
    void splitsByRecordsSoThatNoRequestGoesOverTheLimit() {
        // 200 topics of 3 partitions and 1 config: 5 records each, 1,000 in all.
        List<TopicSpec> topics = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            topics.add(new TopicSpec("t" + i, 3, (short) 1, Map.of("retention.ms", "1")));
        }

        List<List<TopicSpec>> chunks = RequestChunks.split(topics, RequestChunks::createRecords, 200, 300);

        assertThat(chunks).hasSize(4);
        assertThat(chunks).allSatisfy(chunk -> assertThat(
                chunk.stream().mapToInt(RequestChunks::createRecords).sum()).isLessThanOrEqualTo(300));
        assertThat(chunks.stream().mapToInt(List::size).sum()).isEqualTo(200);
        assertThat(chunks.get(0).get(0).name()).isEqualTo("t0");
        assertThat(chunks.get(3).get(chunks.get(3).size() - 1).name()).isEqualTo("t199");
    }

    @Test
    void theDefaultsKeepABatchOfThousandPartitionTopicsUnderKRaftsLimit() {
        List<TopicSpec> topics = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            topics.add(new TopicSpec("big" + i, 1_000, (short) 3, Map.of()));
        }

        List<List<TopicSpec>> chunks = RequestChunks.split(topics, RequestChunks::createRecords, 200, 9_000);

        assertThat(chunks).hasSize(25).allSatisfy(chunk -> assertThat(chunk).hasSize(8));
    }

    @Test
    void anItemOverTheLimitAloneGoesInARequestOfItsOwn() {
        List<List<Integer>> chunks = RequestChunks.split(List.of(10, 50_000, 10), item -> item, 100, 9_000);

        assertThat(chunks).containsExactly(List.of(10), List.of(50_000), List.of(10));
    }

    @Test
    void nothingToSplitIsNoRequest() {
        assertThat(RequestChunks.split(List.<Integer>of(), item -> 1, 10, 10)).isEmpty();
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> RequestChunks.split(List.of(1), item -> 1, 0, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestChunks.split(List.of(1), item -> 1, 10, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Integer> range(int size) {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(i);
        }
        return items;
    }
}
