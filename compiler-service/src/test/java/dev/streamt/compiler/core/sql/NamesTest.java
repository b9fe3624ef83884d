package dev.streamt.compiler.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.sql.parse.FlinkSql;
import java.util.List;
import org.apache.calcite.sql.SqlSelect;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void uniquifiesLikeFlink() {
        assertThat(Names.uniquify(List.of("id", "id", "EXPR$1", "id0", "id"))).containsExactly("id", "id0", "EXPR$1",
                "id00", "id1");
    }

    @Test
    void suggestsCloseNamesOnly() {
        List<String> columns = List.of("amount", "customer_id", "region");
        assertThat(Names.closest("amout", columns)).isEqualTo("amount");
        assertThat(Names.closest("Region", columns)).isEqualTo("region");
        assertThat(Names.closest("customerid", columns)).isEqualTo("customer_id");
        assertThat(Names.closest("zzz", columns)).isNull();
        assertThat(Names.closest("amount", columns)).isNull();
        assertThat(Names.closest("x", List.of())).isNull();
    }

    @Test
    void derivesNamesOfSelectItems() {
        SqlSelect select = (SqlSelect) FlinkSql.parseQuery(
                "SELECT a, t.b, c AS d, a + 1, SUM(x) OVER w, f(y) FROM t").value();
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < select.getSelectList().size(); i++) {
            names.add(Names.derive(select.getSelectList().get(i), i));
        }
        assertThat(names).containsExactly("a", "b", "d", "EXPR$3", "EXPR$4", "EXPR$5");
    }
}
