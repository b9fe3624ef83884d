package dev.streamt.runtime.inbox;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.runtime.config.StreamtRuntimeConfig;
import dev.streamt.runtime.tx.AfterCommit;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Commands that name something the service has not received yet (a manifest, a change set) wait here, not in the
 * consumer. Automation sends a plan or apply command the moment it sees the event it names, and the service reads the
 * two from different topics, so the command may overtake it. Waiting inside the consumer held up every later record of
 * the partition, and every other project with it; a deferred command instead is stored (in the inbox's transaction)
 * and handled again, in a transaction of its own, as soon as the awaited thing is stored ({@link #arrived}) and on a
 * short interval, until its patience is over; then the handler gives its final answer (a rejection, a
 * {@code PlanFailed}). Deferred commands survive a restart: they are rows of {@code streamt_deferred}.
 *
 * <p>A handler defers with {@link #defer}; when it is called again for the same event, {@link #defer} tells it whether
 * it may keep waiting (true) or must answer now (false). Threading: thread-safe; deferred commands are handled on one
 * thread of their own, one transaction each, so one failing command never blocks the others. Lifecycle: started on
 * application start, stopped on shutdown; consumers {@link #register} their handler at startup.
 */
@ApplicationScoped
public class DeferredCommands {

    private static final Logger LOG = Logger.getLogger(DeferredCommands.class);
    private static final Object WAKE_UP_REGISTERED = new Object();
    private static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 200;

    /** The deferred command being handled again on this thread, if any. */
    private static final ThreadLocal<Retry> CURRENT = new ThreadLocal<>();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    StreamtRuntimeConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Map<String, EventHandler> handlers = new ConcurrentHashMap<>();
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private ScheduledExecutorService executor;

    private static final class Retry {
        final String consumer;
        final String eventId;
        final Instant deadline;
        boolean keep;

        Retry(String consumer, String eventId, Instant deadline) {
            this.consumer = consumer;
            this.eventId = eventId;
            this.deadline = deadline;
        }
    }

    void start(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "streamt-deferred-commands");
            t.setDaemon(true);
            return t;
        });
        long interval = config.inbox().deferredPollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::handleDue, interval, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** How the deferred commands of {@code consumer} are handled again: the same handler that deferred them. */
    public void register(String consumer, EventHandler handler) {
        handlers.put(consumer, handler);
    }

    /**
     * Keeps {@code event} for {@code consumer} until what it names arrives, at most {@code patience} from the first
     * time it was deferred. Call inside the handler's transaction.
     *
     * @param awaited what the command waits for, e.g. {@code changeset:cs-1} (shown to operators)
     * @return true when the command is deferred (the handler returns {@link HandlerOutcome#DEFERRED}); false when this
     *         is the command's last chance and the handler must answer now
     */
    public boolean defer(String consumer, CloudEvent<?> event, String awaited, Duration patience) {
        Retry retry = CURRENT.get();
        if (retry != null && retry.consumer.equals(consumer) && retry.eventId.equals(event.id())) {
            if (Instant.now().isBefore(retry.deadline)) {
                retry.keep = true;
                return true;
            }
            return false;
        }
        if (patience.isZero() || patience.isNegative()) {
            return false;
        }
        insert(consumer, event, awaited, Instant.now().plus(patience));
        return true;
    }

    /** Inside the transaction that stored something commands may wait for: they are looked at after its commit. */
    public void arrived() {
        AfterCommit.once(transactions, WAKE_UP_REGISTERED, this::wakeUp);
    }

    private void wakeUp() {
        ScheduledExecutorService ex = executor;
        if (ex != null && !ex.isShutdown() && wakeUpQueued.compareAndSet(false, true)) {
            ex.execute(() -> {
                wakeUpQueued.set(false);
                handleDue();
            });
        }
    }

    private record Row(String consumer, String eventId, byte[] event, Instant deadline, int attempts) {
    }

    private void handleDue() {
        try {
            for (Row row : QuarkusTransaction.requiringNew().call(this::all)) {
                handleAgain(row);
            }
        } catch (RuntimeException e) {
            LOG.warnf("deferred commands could not be looked at, will retry: %s", e.toString());
        }
    }

    private void handleAgain(Row row) {
        EventHandler handler = handlers.get(row.consumer());
        if (handler == null) {
            return; // its consumer has not started yet
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (!lock(row)) {
                    return; // another pod handles it, or it is gone
                }
                CloudEvent<?> event = StreamtJson.readEvent(row.event());
                Retry retry = new Retry(row.consumer(), row.eventId(), row.deadline());
                CURRENT.set(retry);
                try {
                    handler.handle(event);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    CURRENT.remove();
                }
                if (!retry.keep) {
                    delete(row);
                }
            });
        } catch (RuntimeException e) {
            int attempts = row.attempts() + 1;
            if (attempts >= MAX_ATTEMPTS) {
                LOG.errorf("gives up on deferred command %s of %s after %d attempts: %s", row.eventId(),
                        row.consumer(), attempts, e.toString());
                QuarkusTransaction.requiringNew().run(() -> delete(row));
            } else {
                LOG.warnf("deferred command %s of %s failed (attempt %d of %d): %s", row.eventId(), row.consumer(),
                        attempts, MAX_ATTEMPTS, e.toString());
                QuarkusTransaction.requiringNew().run(() -> countAttempt(row));
            }
        }
    }

    private List<Row> all() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        SELECT consumer, event_id, event, deadline, attempts FROM streamt_deferred
                        ORDER BY deferred_at LIMIT ?""")) {
            s.setInt(1, BATCH);
            List<Row> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getString(1), r.getString(2), r.getBytes(3), r.getTimestamp(4).toInstant(),
                            r.getInt(5)));
                }
            }
            return rows;
        }
    }

    private void insert(String consumer, CloudEvent<?> event, String awaited, Instant deadline) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        INSERT INTO streamt_deferred (consumer, event_id, awaited, event, deadline)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (consumer, event_id) DO NOTHING""")) {
            s.setString(1, consumer);
            s.setString(2, event.id());
            s.setString(3, awaited);
            s.setBytes(4, StreamtJson.writeEvent(event));
            s.setTimestamp(5, Timestamp.from(deadline));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot defer command " + event.id(), e);
        }
    }

    private boolean lock(Row row) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        SELECT 1 FROM streamt_deferred WHERE consumer = ? AND event_id = ? FOR UPDATE SKIP LOCKED""")) {
            s.setString(1, row.consumer());
            s.setString(2, row.eventId());
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void delete(Row row) {
        update("DELETE FROM streamt_deferred WHERE consumer = ? AND event_id = ?", row);
    }

    private void countAttempt(Row row) {
        update("UPDATE streamt_deferred SET attempts = attempts + 1 WHERE consumer = ? AND event_id = ?", row);
    }

    private void update(String sql, Row row) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, row.consumer());
            s.setString(2, row.eventId());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
