package dev.streamt.planner.store;

import dev.streamt.planner.core.Owner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** The drift last published per project/env, so the same drift is published once and not on every tick. */
@ApplicationScoped
public class DriftReports {

    /**
     * Records {@code fingerprint} as the project/env's current drift; true when it differs from the last one recorded
     * (then it must be published, in the same transaction). The row is locked so two pods do not both publish.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean changed(Owner owner, String fingerprint, Instant at) {
        DriftReportEntity row = DriftReportEntity.findById(
                new ProjectEnvironmentId(owner.project(), owner.environment()), LockModeType.PESSIMISTIC_WRITE);
        if (row != null && row.fingerprint.equals(fingerprint)) {
            return false;
        }
        if (row == null) {
            row = new DriftReportEntity();
            row.project = owner.project();
            row.environment = owner.environment();
            row.fingerprint = fingerprint;
            row.publishedAt = at;
            row.persist();
        } else {
            row.fingerprint = fingerprint;
            row.publishedAt = at;
        }
        return true;
    }

    /** The project/env has no drift any more: a drift that comes back is published again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cleared(Owner owner) {
        DriftReportEntity.deleteById(new ProjectEnvironmentId(owner.project(), owner.environment()));
    }
}
