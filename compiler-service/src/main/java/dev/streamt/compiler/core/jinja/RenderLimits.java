package dev.streamt.compiler.core.jinja;

import java.time.Duration;

/**
 * Bounds on what one template may cost, so a hostile or mistaken template (a loop of loops, an output bomb) ends with a
 * diagnostic instead of holding a thread.
 *
 * @param maxOutputChars  largest rendered SQL
 * @param maxRangeSize    largest {@code range(n)}
 * @param maxNodes        template nodes rendered, loop iterations included
 * @param maxRenderTime   wall-clock time of one render
 */
public record RenderLimits(long maxOutputChars, int maxRangeSize, long maxNodes, Duration maxRenderTime) {

    /** Generous for any real model, small enough that a runaway template stops within a fraction of a second. */
    public static final RenderLimits DEFAULT = new RenderLimits(1_000_000, 10_000, 200_000, Duration.ofSeconds(2));

    public RenderLimits {
        if (maxOutputChars < 1 || maxRangeSize < 1 || maxNodes < 1) {
            throw new IllegalArgumentException("render limits must be positive");
        }
        if (maxRenderTime == null || maxRenderTime.isNegative() || maxRenderTime.isZero()) {
            throw new IllegalArgumentException("maxRenderTime must be positive, was " + maxRenderTime);
        }
    }
}
