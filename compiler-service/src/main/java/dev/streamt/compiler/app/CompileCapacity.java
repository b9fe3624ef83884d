package dev.streamt.compiler.app;

import dev.streamt.compiler.core.CompileRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Keeps compiles within the compiler's heap, so that a project too large for it is refused with a reason and never
 * ends as an {@link OutOfMemoryError} in the middle of a request (an HTTP 500), or takes other requests down with it.
 * Each compile reserves the heap its files are estimated to need ({@link CompileMemory#bytesPerInputByte()}) from a
 * budget of {@link CompileMemory#heapShare()} of the maximum heap:
 * <ul>
 * <li>a project whose estimate exceeds the whole budget can never compile here: {@link Refusal.Kind#TOO_LARGE} (413);
 * <li>one that fits, but not beside the compiles running now, waits for them up to {@link
 * CompileMemory#waitForCapacity()}, then {@link Refusal.Kind#BUSY} (503);
 * <li>if the estimate was wrong and the heap still runs out, the compile is abandoned (its garbage is freed with it)
 * and answered {@link Refusal.Kind#OUT_OF_MEMORY} (503). Nothing of it was stored or published.
 * </ul>
 * Thread-safe.
 */
@ApplicationScoped
public class CompileCapacity {

    private static final Logger LOG = Logger.getLogger(CompileCapacity.class);
    /** Reservations count in KiB so that a budget of many GiB fits a semaphore's int permits. */
    private static final int UNIT = 1024;

    @Inject
    CompileMemory memory;

    private Semaphore budget;
    private int budgetUnits;

    /** A compile this compiler cannot take now or ever; the message says why and what to do. */
    public static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Why. */
        public enum Kind { TOO_LARGE, BUSY, OUT_OF_MEMORY }

        private final Kind kind;

        Refusal(Kind kind, String message) {
            super(message, null, false, false);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    @PostConstruct
    void init() {
        long budgetBytes = (long) (Runtime.getRuntime().maxMemory() * memory.heapShare());
        budgetUnits = (int) Math.min(Integer.MAX_VALUE, budgetBytes / UNIT);
        budget = new Semaphore(budgetUnits, true);
    }

    /** Runs {@code compile} of {@code request} once the heap it needs is reserved. */
    public <T> T run(CompileRequest request, Supplier<T> compile) {
        long inputBytes = request.files().values().stream().mapToLong(file -> file.length).sum();
        long needBytes = inputBytes * memory.bytesPerInputByte();
        int needUnits = (int) Math.min(Integer.MAX_VALUE, Math.max(1, needBytes / UNIT));
        if (needUnits > budgetUnits) {
            throw new Refusal(Refusal.Kind.TOO_LARGE, String.format(
                    "this project (%,d bytes of files) needs about %,d MiB to compile, more than this compiler's %,d "
                            + "MiB for compiles; split it into projects that ref() each other, or give the compiler a "
                            + "larger heap (-Xmx, STREAMT_COMPILER_HEAP on the local stack)",
                    inputBytes, needBytes >> 20, ((long) budgetUnits * UNIT) >> 20));
        }
        boolean reserved;
        try {
            reserved = budget.tryAcquire(needUnits, memory.waitForCapacity().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reserved = false;
        }
        if (!reserved) {
            throw new Refusal(Refusal.Kind.BUSY, String.format("the compiler is busy with other large projects and "
                    + "had no room for this one (about %,d MiB) within %s; try again shortly", needBytes >> 20,
                    memory.waitForCapacity()));
        }
        try {
            return compile.get();
        } catch (OutOfMemoryError e) {
            LOG.errorf("a compile of %,d bytes of files ran out of heap (max %,d MiB); refused, nothing stored",
                    inputBytes, Runtime.getRuntime().maxMemory() >> 20);
            throw new Refusal(Refusal.Kind.OUT_OF_MEMORY, String.format("the compiler ran out of memory compiling "
                    + "this project (%,d bytes of files; heap %,d MiB); nothing was stored; try again, or give the "
                    + "compiler a larger heap", inputBytes, Runtime.getRuntime().maxMemory() >> 20));
        } finally {
            budget.release(needUnits);
        }
    }
}
