package dev.streamt.runtime.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    @Test
    void suggestsTheClosestNameForATypo() {
        assertThat(DidYouMean.suggest("orders_raww", List.of("orders_raw", "customers", "orders_clean")))
                .contains("orders_raw");
        assertThat(DidYouMean.suggest("partitons", List.of("partitions", "replication_factor"))).contains("partitions");
        assertThat(DidYouMean.suggest("ORDERS_RAW", List.of("orders_raw"))).contains("orders_raw");
    }

    @Test
    void anAdjacentSwapCountsAsOneEdit() {
        assertThat(DidYouMean.suggest("sourec", List.of("source", "sink"))).contains("source");
    }

    @Test
    void aLongPrefixIsASuggestionToo() {
        assertThat(DidYouMean.suggest("replication", List.of("replication_factor"))).contains("replication_factor");
    }

    @Test
    void suggestsNothingForANameThatIsNotATypo() {
        assertThat(DidYouMean.suggest("payments", List.of("orders_raw", "customers"))).isEmpty();
        assertThat(DidYouMean.suffix("x", List.of())).isEmpty();
        assertThat(DidYouMean.hint("x", List.of())).isNull();
    }

    @Test
    void theSuffixReadsAsASentence() {
        assertThat(DidYouMean.suffix("dve", List.of("dev", "prod"))).isEqualTo(" Did you mean 'dev'?");
        assertThat(DidYouMean.hint("dve", List.of("dev", "prod"))).isEqualTo("Did you mean 'dev'?");
    }

    @Test
    void closestListsUpToTheMaxClosestFirstAndFindsANodeByItsBareName() {
        assertThat(DidYouMean.closest("orders", List.of("model.orders", "model.ordres", "source.orders_raw",
                "model.payments"), 3)).containsExactly("model.orders");
        assertThat(DidYouMean.closest("paymnts", List.of("payments", "payment", "shipments", "x"), 2))
                .containsExactly("payments", "payment");
        assertThat(DidYouMean.closest("", List.of("a"), 3)).isEmpty();
    }

    @Test
    void aSentenceEndsWithTheSuggestionsOrAFullStop() {
        assertThat(DidYouMean.sentenceEnd(List.of("a", "b"))).isEqualTo(". Did you mean 'a' or 'b'?");
        assertThat(DidYouMean.sentenceEnd(List.of())).isEqualTo(".");
    }
}
