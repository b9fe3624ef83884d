package dev.streamt.runtime.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    @Test
    void suggestsTheClosestNameForATypo() {
        assertThat(DidYouMean.closest("orders_raww", List.of("orders_raw", "customers", "orders_clean")))
                .contains("orders_raw");
        assertThat(DidYouMean.closest("partitons", List.of("partitions", "replication_factor"))).contains("partitions");
        assertThat(DidYouMean.closest("ORDERS_RAW", List.of("orders_raw"))).contains("orders_raw");
    }

    @Test
    void anAdjacentSwapCountsAsOneEdit() {
        assertThat(DidYouMean.distance("sourec", "source")).isEqualTo(1);
    }

    @Test
    void suggestsNothingForANameThatIsNotATypo() {
        assertThat(DidYouMean.closest("payments", List.of("orders_raw", "customers"))).isEmpty();
        assertThat(DidYouMean.suffix("x", List.of())).isEmpty();
    }

    @Test
    void theSuffixReadsAsASentence() {
        assertThat(DidYouMean.suffix("dve", List.of("dev", "prod"))).isEqualTo(" Did you mean 'dev'?");
    }
}
