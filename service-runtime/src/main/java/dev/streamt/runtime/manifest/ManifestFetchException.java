package dev.streamt.runtime.manifest;

import dev.streamt.contracts.events.payload.ManifestRef;

/** A referenced manifest could not be fetched, or was not the one its reference announced. */
public class ManifestFetchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean transientFailure;

    public ManifestFetchException(ManifestRef ref, String reason, boolean transientFailure) {
        super("manifest " + ref.id() + " referenced at " + ref.url() + " cannot be used: " + reason);
        this.transientFailure = transientFailure;
    }

    /** Whether fetching again later may succeed (the compiler did not answer), as opposed to wrong bytes. */
    public boolean isTransient() {
        return transientFailure;
    }
}
