package dev.streamt.runtime.schema;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Parked outbox events (the broker refused them for good; kept for an operator, never sent again) and commands
 * deferred until what they name arrives (see {@code dev.streamt.runtime.inbox.DeferredCommands}).
 */
class V2__Parked_events_and_deferred_commands extends BaseJavaMigration {

    private static final String[] STATEMENTS = {
        "ALTER TABLE streamt_outbox ADD COLUMN parked_at TIMESTAMPTZ",
        "ALTER TABLE streamt_outbox ADD COLUMN park_reason TEXT",
        "DROP INDEX streamt_outbox_pending",
        "CREATE INDEX streamt_outbox_pending ON streamt_outbox (seq) WHERE published_at IS NULL AND parked_at IS NULL",
        "CREATE INDEX streamt_outbox_parked ON streamt_outbox (parked_at) WHERE parked_at IS NOT NULL",
        """
        CREATE TABLE streamt_deferred (
            consumer     VARCHAR(100) NOT NULL,
            event_id     VARCHAR(300) NOT NULL,
            awaited      VARCHAR(300) NOT NULL,
            event        BYTEA        NOT NULL,
            deferred_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
            deadline     TIMESTAMPTZ  NOT NULL,
            attempts     INTEGER      NOT NULL DEFAULT 0,
            PRIMARY KEY (consumer, event_id)
        )""",
        "CREATE INDEX streamt_deferred_deferred_at ON streamt_deferred (deferred_at)",
    };

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement s = context.getConnection().createStatement()) {
            for (String sql : STATEMENTS) {
                s.execute(sql);
            }
        }
    }
}
