package dev.streamt.compiler.app;

import dev.streamt.compiler.core.CompileOutcome;
import dev.streamt.compiler.core.CompileRequest;
import dev.streamt.compiler.core.ProjectCompiler;
import dev.streamt.compiler.core.project.load.ProjectFiles;
import dev.streamt.compiler.store.ManifestStore;
import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.diagnostics.Diagnostics;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.StreamtServices;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.ManifestCompiled;
import dev.streamt.contracts.events.payload.ManifestRef;
import dev.streamt.contracts.events.payload.ManifestRejected;
import dev.streamt.contracts.json.Sha256;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.runtime.outbox.EventOutbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Compiles a project and makes the result a fact: a valid manifest is stored in the project's history and
 * {@code ManifestCompiled} is published; an invalid project publishes {@code ManifestRejected}. Storing and publishing
 * commit together (outbox). Compilation itself runs outside any transaction: it is pure computation.
 */
@ApplicationScoped
public class CompilationService {

    /** The key of the events of a project whose name could not even be read. */
    static final String UNNAMED_PROJECT = "unnamed";

    private static final String SOURCE = StreamtServices.source(StreamtServices.COMPILER);

    @Inject
    ProjectCompiler compiler;

    @Inject
    ManifestStore store;

    @Inject
    EventOutbox outbox;

    @Inject
    ManifestPublication publication;

    @Inject
    ManifestUrls urls;

    @Inject
    CompileCapacity capacity;

    /**
     * Validates without storing or publishing anything.
     *
     * @throws CompileCapacity.Refusal when the project does not fit this compiler's heap (now or ever)
     */
    public CompileOutcome validate(CompileRequest request) {
        return capacity.run(request, () -> compiler.compile(request, store::latestForeign, now()));
    }

    /**
     * Compiles, stores and publishes.
     *
     * @param correlationId carried by the published event
     * @param cause         the command that asked for it (its id becomes the causation id), or null for an HTTP request
     * @throws CompileCapacity.Refusal when the project does not fit this compiler's heap (now or ever); nothing is
     *                                 stored or published then
     */
    public CompileOutcome compile(CompileRequest request, String correlationId, CloudEvent<?> cause, String requestedBy) {
        return capacity.run(request, () -> {
            CompileOutcome outcome = compiler.compile(request, store::latestForeign, now());
            QuarkusTransaction.joiningExisting().run(() -> record(outcome, correlationId, cause, requestedBy));
            return outcome;
        });
    }

    /**
     * Answers a compile command whose project can never fit this compiler's heap: {@code ManifestRejected} with one
     * {@code INVALID_VALUE} diagnostic that says so, as for a project file above the size limit.
     */
    public void rejectTooLarge(String project, String environment, String reason, String correlationId,
            CloudEvent<?> cause) {
        Subject subject = Subject.of(project == null || project.isBlank() ? UNNAMED_PROJECT : project, environment);
        Diagnostics diagnostics = Diagnostics.of(List.of(Diagnostic.at(DiagnosticCode.INVALID_VALUE,
                "The project is too large for this compiler: " + reason, ProjectFiles.PROJECT_FILE, 1, 1, null,
                "Split it into projects that ref() each other, or run the compiler with a larger heap.")), List.of());
        QuarkusTransaction.joiningExisting().run(() -> outbox.publish(CloudEvent.create(EventType.MANIFEST_REJECTED,
                SOURCE, subject, correlationId, cause == null ? null : cause.id(),
                new ManifestRejected(subject.project(), environment, diagnostics))));
    }

    private void record(CompileOutcome outcome, String correlationId, CloudEvent<?> cause, String requestedBy) {
        Subject subject = Subject.of(outcome.project() == null ? UNNAMED_PROJECT : outcome.project(),
                outcome.environment());
        String causation = cause == null ? null : cause.id();
        if (outcome.valid()) {
            byte[] body = StreamtJson.toBytes(outcome.manifest());
            store.record(outcome.manifest(), body, correlationId, requestedBy);
            outbox.publish(CloudEvent.create(EventType.MANIFEST_COMPILED, SOURCE, subject, correlationId, causation,
                    compiled(outcome.manifest(), body, outcome)));
        } else {
            outbox.publish(CloudEvent.create(EventType.MANIFEST_REJECTED, SOURCE, subject, correlationId, causation,
                    new ManifestRejected(subject.project(), outcome.environment(), outcome.diagnostics())));
        }
    }

    /** The event's data: the manifest inline, or a reference to the exact bytes the compiler serves for it. */
    private ManifestCompiled compiled(Manifest manifest, byte[] body, CompileOutcome outcome) {
        if (body.length <= publication.inlineLimitBytes()) {
            return new ManifestCompiled(manifest, outcome.diagnostics());
        }
        ManifestRef ref = new ManifestRef(manifest.id(), body.length, Sha256.hex(body),
                urls.manifestUrl(manifest.id(), manifest.compiledAt()));
        return ManifestCompiled.byReference(ref, outcome.diagnostics());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
