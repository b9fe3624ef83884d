package dev.streamt.runtime.tx;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs an action once the current transaction has committed, never when it rolls back: how a service wakes up work
 * (publishing, refreshing a cache) that must only see committed state. The action runs on the committing thread after
 * the commit, so it must be quick and must not throw; hand longer work to an executor.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Registers {@code action} with the current transaction (there must be one). */
    public static void run(TransactionSynchronizationRegistry transactions, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }

    /** Like {@link #run}, but once per transaction for the same {@code key}, however often it is asked. */
    public static void once(TransactionSynchronizationRegistry transactions, Object key, Runnable action) {
        if (transactions.getResource(key) == null) {
            transactions.putResource(key, Boolean.TRUE);
            run(transactions, action);
        }
    }
}
