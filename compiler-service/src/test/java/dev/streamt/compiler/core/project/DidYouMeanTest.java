package dev.streamt.compiler.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private static final List<String> KEYS = List.of("partitions", "replication_factor", "config", "name");

    @Test
    void suggestsTheClosestKnownName() {
        assertThat(DidYouMean.suggest("partiton", KEYS)).contains("partitions");
        assertThat(DidYouMean.suggest("replication_factr", KEYS)).contains("replication_factor");
        assertThat(DidYouMean.suggest("Name", KEYS)).contains("name");
    }

    @Test
    void countsASwapOfNeighboursAsOneEdit() {
        assertThat(DidYouMean.distance("orders_rwa", "orders_raw", 5)).isEqualTo(1);
        assertThat(DidYouMean.hint("orders_rwa", List.of("orders_raw", "customers"))).isEqualTo(
                "Did you mean 'orders_raw'?");
    }

    @Test
    void suggestsByPrefixForTruncatedNames() {
        assertThat(DidYouMean.suggest("replication", KEYS)).contains("replication_factor");
    }

    @Test
    void suggestsNothingForUnrelatedNames() {
        assertThat(DidYouMean.suggest("zzz", KEYS)).isEmpty();
        assertThat(DidYouMean.hint("completely_different", KEYS)).isNull();
        assertThat(DidYouMean.suggest("", KEYS)).isEmpty();
    }

    @Test
    void breaksTiesDeterministically() {
        assertThat(DidYouMean.suggest("ab", List.of("ac", "aa"))).contains("aa");
        assertThat(DidYouMean.suggest("ab", List.of("aa", "ac"))).contains("aa");
    }
}
