package dev.streamt.compiler.core.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.sql.analysis.OutputColumn;
import dev.streamt.compiler.core.sql.types.FlinkType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrimaryKeysTest {

    private static List<OutputColumn> columns(String... names) {
        List<OutputColumn> columns = new ArrayList<>();
        for (String name : names) {
            columns.add(new OutputColumn(name, FlinkType.STRING, true, List.of()));
        }
        return columns;
    }

    private static KafkaTable upsert(List<String> key) {
        return new KafkaTable("t", List.of(TableColumn.of("id", FlinkType.STRING)), true, TableFormat.JSON, null, key,
                List.of(), new KafkaConnection("k:9092", Map.of()));
    }

    @Test
    void theDeclaredKeyWinsWhenTheOutputHasIt() {
        assertThat(PrimaryKeys.choose("b, a", "SELECT a, b FROM t GROUP BY a, b", columns("a", "b"), List.of()))
                .containsExactly("b", "a");
        assertThat(PrimaryKeys.declaredKey("a,a", List.of("a"))).isEmpty();
        assertThat(PrimaryKeys.declaredKey("zz", List.of("a"))).isEmpty();
        assertThat(PrimaryKeys.declaredKey(" ", List.of("a"))).isEmpty();
    }

    @Test
    void elseTheGroupByColumnsUnderTheirOutputNames() {
        assertThat(PrimaryKeys.choose(null, "SELECT c.region AS r, COUNT(*) AS n FROM t c GROUP BY c.region",
                columns("r", "n"), List.of())).containsExactly("r");
        assertThat(PrimaryKeys.choose("missing", "SELECT region, day, COUNT(*) AS n FROM t GROUP BY region, day",
                columns("region", "day", "n"), List.of())).containsExactly("region", "day");
    }

    @Test
    void elseTheKeyOfTheOnlyUpsertInputElseTheFirstColumn() {
        assertThat(PrimaryKeys.choose(null, "SELECT n, id FROM t WHERE n > 1", columns("n", "id"),
                List.of(upsert(List.of("id"))))).containsExactly("id");
        assertThat(PrimaryKeys.choose(null, "SELECT n FROM t", columns("n"), List.of(upsert(List.of("id")))))
                .containsExactly("n");
        assertThat(PrimaryKeys.choose(null, "SELECT a, b FROM t JOIN u ON t.x = u.x", columns("a", "b"),
                List.of(upsert(List.of("id")), upsert(List.of("id"))))).containsExactly("a");
        // a grouped key that is not projected cannot key the output
        assertThat(PrimaryKeys.choose(null, "SELECT COUNT(*) AS n FROM t GROUP BY region", columns("n"), List.of()))
                .containsExactly("n");
    }
}
