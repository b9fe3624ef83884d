package dev.streamt.compiler.core.artifacts;

/**
 * The watermark of an event-time column: {@code delayMs} behind the largest timestamp seen (bounded out of
 * orderness), or exactly the timestamp ({@code delayMs == 0}, monotonously increasing timestamps). Immutable.
 *
 * @param column the event-time column
 * @param delayMs the allowed out-of-orderness, 0 for monotonously increasing timestamps
 */
record Watermark(String column, long delayMs) {

    /** The delay used when nothing states one (DSL.md: {@code max_out_of_orderness_ms} defaults to 5000). */
    static final long DEFAULT_DELAY_MS = 5000L;

    Watermark {
        if (column == null || column.isEmpty()) {
            throw new IllegalArgumentException("watermark column must not be empty");
        }
        if (delayMs < 0) {
            throw new IllegalArgumentException("watermark delay must not be negative, got " + delayMs);
        }
    }

    /** The same delay on another column. */
    Watermark on(String otherColumn) {
        return new Watermark(otherColumn, delayMs);
    }

    /** {@code WATERMARK FOR `ts` AS `ts`} or {@code WATERMARK FOR `ts` AS `ts` - INTERVAL '5' SECOND}. */
    String ddl() {
        String column = Sql.ident(this.column);
        return "WATERMARK FOR " + column + " AS " + column + (delayMs == 0 ? "" : " - " + Sql.interval(delayMs));
    }
}
