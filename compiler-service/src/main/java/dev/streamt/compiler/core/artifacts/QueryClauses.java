package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.artifacts.SqlTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The top-level clauses of a query that the analyzer has already parsed, read from its tokens: the select items, the
 * WHERE condition and the GROUP BY keys of the outermost SELECT (after a WITH list). A query whose top level is a set
 * operation (UNION, INTERSECT, EXCEPT) or has no SELECT answers "unknown" (empty), and callers fall back to a
 * documented default. Reading the tokens instead of parsing again keeps generation linear. Immutable.
 */
final class QueryClauses {

    /** Words that end one top-level clause of a SELECT and start the next. */
    private static final Set<String> CLAUSES = Set.of("FROM", "WHERE", "GROUP", "HAVING", "WINDOW", "QUALIFY", "ORDER",
            "LIMIT", "OFFSET", "FETCH");
    private static final Set<String> SET_OPERATIONS = Set.of("UNION", "INTERSECT", "EXCEPT", "MINUS");
    private static final Set<String> WINDOW_FUNCTIONS = Set.of("TUMBLE", "HOP", "SESSION", "CUMULATE");

    /**
     * A select item whose value is a plain column reference.
     *
     * @param column the referenced column (last part of a qualified name)
     * @param output the output column name (the alias, else the column)
     */
    record ColumnItem(String column, String output) {
        ColumnItem {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(output, "output");
        }
    }

    private final String sql;
    private final List<Token> tokens;
    private final int select;

    private QueryClauses(String sql, List<Token> tokens, int select) {
        this.sql = sql;
        this.tokens = tokens;
        this.select = select;
    }

    /** The clauses of a query. */
    static QueryClauses of(String sql) {
        List<Token> tokens = SqlTokens.scan(sql);
        int select = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.depth() != 0) {
                continue;
            }
            if (token.kind() == SqlTokens.Kind.WORD && SET_OPERATIONS.contains(token.upper())) {
                return new QueryClauses(sql, tokens, -1);
            }
            if (select < 0 && token.is("SELECT")) {
                select = i;
            }
        }
        return new QueryClauses(sql, tokens, select);
    }

    /** Whether the top level is one SELECT (possibly after a WITH list). */
    boolean singleSelect() {
        return select >= 0;
    }

    /** The text of the select list as written, with its DISTINCT / ALL. */
    Optional<String> selectList() {
        int[] range = clause("SELECT");
        return range == null || range[0] > range[1] ? Optional.empty() : Optional.of(text(range[0], range[1]));
    }

    /** The text of the WHERE condition, as written; empty when there is none. */
    Optional<String> where() {
        int[] range = clause("WHERE");
        return range == null || range[0] > range[1] ? Optional.empty() : Optional.of(text(range[0], range[1]));
    }

    /** The select items that are plain column references, in order; other items are left out. */
    List<ColumnItem> columnItems() {
        int[] range = clause("SELECT");
        List<ColumnItem> items = new ArrayList<>();
        if (range == null) {
            return items;
        }
        for (List<Token> item : split(skipQuantifier(range[0]), range[1])) {
            ColumnItem column = columnItem(item);
            if (column != null) {
                items.add(column);
            }
        }
        return items;
    }

    /**
     * The GROUP BY keys when each is a plain column reference (group windows like {@code TUMBLE(...)} are skipped);
     * empty when there is no GROUP BY or a key is an expression (ROLLUP, CUBE, computed keys).
     */
    Optional<List<String>> groupByColumns() {
        int[] range = clause("GROUP");
        if (range == null || range[0] > range[1] || !tokens.get(range[0]).is("BY")) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>();
        for (List<Token> item : split(range[0] + 1, range[1])) {
            String column = columnName(item, item.size());
            if (column != null) {
                keys.add(column);
            } else if (!isGroupWindow(item)) {
                return Optional.empty();
            }
        }
        return keys.isEmpty() ? Optional.empty() : Optional.of(keys);
    }

    /** The token range [first, last] of the top-level clause starting with {@code keyword}, or null. */
    private int[] clause(String keyword) {
        if (select < 0) {
            return null;
        }
        int start = -1;
        for (int i = select; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.depth() != 0 || token.kind() != SqlTokens.Kind.WORD) {
                continue;
            }
            String word = token.upper();
            if (start >= 0 && (CLAUSES.contains(word) || word.equals("SELECT"))) {
                return new int[] {start, i - 1};
            }
            if (start < 0 && word.equals(keyword)) {
                start = i + 1;
            }
        }
        return start < 0 ? null : new int[] {start, tokens.size() - 1};
    }

    private int skipQuantifier(int index) {
        return index < tokens.size() && (tokens.get(index).is("DISTINCT") || tokens.get(index).is("ALL"))
                ? index + 1 : index;
    }

    private String text(int first, int last) {
        return sql.substring(tokens.get(first).start(), tokens.get(last).end());
    }

    /** The tokens of [first, last] split at top-level commas. */
    private List<List<Token>> split(int first, int last) {
        List<List<Token>> items = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (int i = first; i <= last && i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.depth() == 0 && token.isSymbol(',')) {
                items.add(current);
                current = new ArrayList<>();
            } else {
                current.add(token);
            }
        }
        if (!current.isEmpty()) {
            items.add(current);
        }
        return items;
    }

    private static ColumnItem columnItem(List<Token> item) {
        int n = item.size();
        String whole = columnName(item, n);
        if (whole != null) {
            return new ColumnItem(whole, whole);
        }
        if (n >= 3 && item.get(n - 2).is("AS") && item.get(n - 1).isIdentifier()) {
            String column = columnName(item, n - 2);
            return column == null ? null : new ColumnItem(column, item.get(n - 1).text());
        }
        if (n >= 2 && item.get(n - 1).isIdentifier()) {
            String column = columnName(item, n - 1);
            return column == null ? null : new ColumnItem(column, item.get(n - 1).text());
        }
        return null;
    }

    /** The last name of {@code a.b.c} when the first {@code length} tokens are exactly a (qualified) name. */
    private static String columnName(List<Token> item, int length) {
        if (length < 1 || length % 2 == 0) {
            return null;
        }
        for (int i = 0; i < length; i++) {
            Token token = item.get(i);
            boolean ok = i % 2 == 0 ? token.isIdentifier() && !isLiteralWord(token) : token.isSymbol('.');
            if (!ok) {
                return null;
            }
        }
        return item.get(length - 1).text();
    }

    private static boolean isLiteralWord(Token token) {
        if (token.kind() != SqlTokens.Kind.WORD) {
            return false;
        }
        String word = token.upper();
        return word.equals("NULL") || word.equals("TRUE") || word.equals("FALSE") || word.equals("UNKNOWN")
                || word.equals("CURRENT_TIMESTAMP") || word.equals("LOCALTIMESTAMP") || word.equals("CURRENT_DATE")
                || word.equals("CURRENT_TIME") || word.equals("LOCALTIME");
    }

    private static boolean isGroupWindow(List<Token> item) {
        return item.size() >= 2 && item.get(0).kind() == SqlTokens.Kind.WORD
                && WINDOW_FUNCTIONS.contains(item.get(0).upper()) && item.get(1).isSymbol('(');
    }
}
