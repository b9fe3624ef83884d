package dev.streamt.runtime.inbox;

/** How one inbound record ended, as recorded in the inbox. */
public enum HandlerOutcome {
    /** The handler did its work and it committed. */
    PROCESSED,
    /** A valid event of a type this consumer does not act on. */
    IGNORED,
    /**
     * A command naming something not received yet: kept by {@code DeferredCommands} and handled again when it
     * arrives or the patience ends, so it never holds up the records behind it.
     */
    DEFERRED,
    /** Seen before: nothing was done again. */
    DUPLICATE,
    /** The handler kept failing; recorded with its error and skipped so the partition moves on. */
    FAILED,
    /** Not a valid event of a known type; recorded with the reason and skipped. */
    UNREADABLE;

    /** The value stored in the inbox and used as the metric tag. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
