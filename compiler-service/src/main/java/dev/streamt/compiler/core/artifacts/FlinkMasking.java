package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.project.policy.MaskingPolicy;
import dev.streamt.compiler.core.project.policy.MaskingRule;
import dev.streamt.compiler.core.sql.types.FlinkType;
import java.util.List;

/**
 * Masking in Flink SQL (DSL.md): each policy as an expression over the column, valid Flink SQL for a column of any
 * type.
 *
 * <ul>
 * <li>hash: {@code MD5(CAST(c AS STRING))} (null stays null);</li>
 * <li>partial: all but the last {@code visible_chars} (default {@value #DEFAULT_VISIBLE_CHARS}) characters replaced
 * by {@code *}; a value no longer than that stays as it is;</li>
 * <li>redact: {@code '***'} (null stays null);</li>
 * <li>tokenize: {@code SHA256} of a salt and the value: the same value gives the same token across the project's
 * models, so masked columns can still be joined. The salt ({@code streamt:<project>:}) is a pseudonymisation salt
 * written in the SQL, not a secret;</li>
 * <li>null: {@code CAST(NULL AS <type>)}.</li>
 * </ul>
 * Every policy but null turns the column into a STRING. Rules with {@code for_roles} are applied to everyone: a
 * materialised topic has one content for all readers. Stateless and thread-safe.
 */
final class FlinkMasking {

    /** The visible characters of {@code partial} when {@code visible_chars} is not given (as in the seed documents). */
    static final int DEFAULT_VISIBLE_CHARS = 4;

    private FlinkMasking() {
    }

    /** The first rule for the column, or null. */
    static MaskingRule ruleFor(List<MaskingRule> rules, String column) {
        for (MaskingRule rule : rules) {
            if (rule.column().equals(column)) {
                return rule;
            }
        }
        return null;
    }

    /** The type of the column after masking (nullable, no time attribute). */
    static FlinkType maskedType(MaskingPolicy policy, FlinkType type) {
        return policy == MaskingPolicy.NULL ? type.withoutTimeAttribute().withNullable(true) : FlinkType.STRING;
    }

    /** The masking expression of {@code column} (an expression over the backticked column). */
    static String expression(MaskingRule rule, String column, FlinkType type, String project) {
        String value = Sql.ident(column);
        String text = "CAST(" + value + " AS STRING)";
        switch (rule.policy()) {
            case HASH:
                return "MD5(" + text + ")";
            case REDACT:
                return "CASE WHEN " + value + " IS NULL THEN CAST(NULL AS STRING) ELSE " + Sql.string("***") + " END";
            case TOKENIZE:
                return "SHA256(CONCAT(" + Sql.literal(salt(project)) + ", " + text + "))";
            case NULL:
                return "CAST(NULL AS " + maskedType(MaskingPolicy.NULL, type).ddl() + ")";
            case PARTIAL:
            default:
                return partial(value, text, visibleChars(rule));
        }
    }

    /** The visible characters of a partial rule. */
    static int visibleChars(MaskingRule rule) {
        return rule.visibleChars() == null ? DEFAULT_VISIBLE_CHARS : Math.max(0, rule.visibleChars());
    }

    /** The salt of {@code tokenize} in a project. */
    static String salt(String project) {
        return "streamt:" + project + ":";
    }

    private static String partial(String value, String text, int visible) {
        String length = "CHAR_LENGTH(" + text + ")";
        return "CASE WHEN " + value + " IS NULL THEN CAST(NULL AS STRING)"
                + " WHEN " + length + " <= " + visible + " THEN " + text
                + " ELSE CONCAT(REPEAT('*', " + length + " - " + visible + "), SUBSTRING(" + text + " FROM "
                + length + " - " + visible + " + 1)) END";
    }
}
