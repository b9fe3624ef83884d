package dev.streamt.compiler.core.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;

/**
 * Tells an interval join (a time-bound predicate between time attributes of both sides, like
 * {@code o.ts BETWEEN s.ts - INTERVAL '1' HOUR AND s.ts}) and a window join ({@code L.window_start = R.window_start
 * AND L.window_end = R.window_end}) from a regular join, by typing the join condition (ON, or WHERE for comma joins)
 * conjunct by conjunct and noting which FROM items the time attributes and window bounds of each operand belong to.
 * Confined to one analysis.
 */
final class JoinClassifier {

    /** How a join of two streams is executed. */
    enum Kind { REGULAR, INTERVAL, WINDOW }

    /** A comparison between operands, with the FROM-item indexes of time attributes / window bounds per operand. */
    private record Comparison(boolean equality, List<Set<Integer>> timeItems, List<Set<Integer>> startItems,
            List<Set<Integer>> endItems) {
    }

    /** The comparisons of one condition. */
    static final class Predicates {
        private final List<Comparison> comparisons = new ArrayList<>();

        Kind kind(int leftFrom, int leftTo, int rightFrom, int rightTo) {
            boolean starts = false;
            boolean ends = false;
            for (Comparison comparison : comparisons) {
                if (comparison.equality()) {
                    starts |= crosses(comparison.startItems(), leftFrom, leftTo, rightFrom, rightTo);
                    ends |= crosses(comparison.endItems(), leftFrom, leftTo, rightFrom, rightTo);
                }
            }
            if (starts && ends) {
                return Kind.WINDOW;
            }
            for (Comparison comparison : comparisons) {
                if (crosses(comparison.timeItems(), leftFrom, leftTo, rightFrom, rightTo)) {
                    return Kind.INTERVAL;
                }
            }
            return Kind.REGULAR;
        }

        /** Whether one operand touches the left items and another one the right items. */
        private static boolean crosses(List<Set<Integer>> operands, int leftFrom, int leftTo, int rightFrom,
                int rightTo) {
            for (int i = 0; i < operands.size(); i++) {
                for (int j = 0; j < operands.size(); j++) {
                    if (i != j && any(operands.get(i), leftFrom, leftTo) && any(operands.get(j), rightFrom, rightTo)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean any(Set<Integer> items, int from, int to) {
            for (int item : items) {
                if (item >= from && item < to) {
                    return true;
                }
            }
            return false;
        }
    }

    private final ExpressionTyper typer;

    JoinClassifier(ExpressionTyper typer) {
        this.typer = typer;
    }

    /** Types the condition (once) and collects its comparisons. */
    Predicates collect(SqlNode condition, Scope scope, ExprCtx ctx) {
        Predicates predicates = new Predicates();
        List<SqlNode> pending = new ArrayList<>();
        pending.add(condition);
        while (!pending.isEmpty()) {
            SqlNode node = pending.remove(pending.size() - 1);
            SqlKind kind = node.getKind();
            if (kind == SqlKind.AND) {
                List<SqlNode> operands = ((SqlCall) node).getOperandList();
                for (int i = operands.size() - 1; i >= 0; i--) {
                    pending.add(operands.get(i));
                }
            } else if (isComparison(kind)) {
                predicates.comparisons.add(comparison((SqlCall) node, scope, ctx));
            } else {
                typer.type(node, scope, ctx);
            }
        }
        return predicates;
    }

    private Comparison comparison(SqlCall call, Scope scope, ExprCtx ctx) {
        List<Set<Integer>> time = new ArrayList<>();
        List<Set<Integer>> starts = new ArrayList<>();
        List<Set<Integer>> ends = new ArrayList<>();
        List<Resolved> previous = ctx.touched;
        for (SqlNode operand : call.getOperandList()) {
            if (operand == null || operand.getKind() == SqlKind.LITERAL && !(operand instanceof SqlCall)) {
                continue;
            }
            List<Resolved> touched = new ArrayList<>();
            ctx.touched = touched;
            typer.type(operand, scope, ctx);
            Set<Integer> timeItems = new HashSet<>();
            Set<Integer> startItems = new HashSet<>();
            Set<Integer> endItems = new HashSet<>();
            for (Resolved resolved : touched) {
                int item = scope.entries.indexOf(resolved.entry());
                if (item < 0) {
                    continue;
                }
                if (resolved.column().type().isTimeAttribute()) {
                    timeItems.add(item);
                }
                if (resolved.column().window() == RelColumn.WindowProperty.START) {
                    startItems.add(item);
                } else if (resolved.column().window() == RelColumn.WindowProperty.END) {
                    endItems.add(item);
                }
            }
            time.add(timeItems);
            starts.add(startItems);
            ends.add(endItems);
        }
        ctx.touched = previous;
        return new Comparison(call.getKind() == SqlKind.EQUALS, time, starts, ends);
    }

    private static boolean isComparison(SqlKind kind) {
        return kind == SqlKind.EQUALS || kind == SqlKind.LESS_THAN || kind == SqlKind.LESS_THAN_OR_EQUAL
                || kind == SqlKind.GREATER_THAN || kind == SqlKind.GREATER_THAN_OR_EQUAL || kind == SqlKind.BETWEEN;
    }
}
