package dev.streamt.runtime.schema;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** The inbox of the idempotent consumer and the outbox of publish-after-commit. */
class V1__Inbox_and_outbox extends BaseJavaMigration {

    private static final String[] STATEMENTS = {
        """
        CREATE TABLE streamt_inbox (
            consumer     VARCHAR(100) NOT NULL,
            event_id     VARCHAR(300) NOT NULL,
            event_type   VARCHAR(200),
            subject      VARCHAR(300),
            outcome      VARCHAR(20)  NOT NULL,
            detail       TEXT,
            processed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
            PRIMARY KEY (consumer, event_id)
        )""",
        """
        CREATE TABLE streamt_outbox (
            seq          BIGSERIAL    PRIMARY KEY,
            event_id     VARCHAR(300) NOT NULL UNIQUE,
            topic        VARCHAR(249) NOT NULL,
            record_key   VARCHAR(300) NOT NULL,
            event_type   VARCHAR(200) NOT NULL,
            payload      BYTEA        NOT NULL,
            created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
            published_at TIMESTAMPTZ
        )""",
        "CREATE INDEX streamt_outbox_pending ON streamt_outbox (seq) WHERE published_at IS NULL",
        "CREATE INDEX streamt_outbox_published ON streamt_outbox (published_at) WHERE published_at IS NOT NULL",
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
