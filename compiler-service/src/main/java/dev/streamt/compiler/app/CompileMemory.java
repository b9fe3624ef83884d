package dev.streamt.compiler.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * How the compiler keeps compiles within its heap ({@code streamt.compiler.memory.*}); see {@link CompileCapacity}.
 */
@ConfigMapping(prefix = "streamt.compiler.memory")
public interface CompileMemory {

    /**
     * Heap a compile needs per byte of project files, measured by the compile benchmark: the 10,000-model lattice
     * (1.4 MB of files) peaks at about 560 MiB while compiling, and its manifest (33 MB of JSON) is written once more.
     */
    @WithName("bytes-per-input-byte")
    @WithDefault("500")
    @Min(1)
    int bytesPerInputByte();

    /** The share of the maximum heap that running compiles may reserve together (the rest is the service's). */
    @WithName("heap-share")
    @WithDefault("0.8")
    @DecimalMin("0.1")
    @DecimalMax("1.0")
    double heapShare();

    /** How long a compile waits for others to free enough heap before it is answered 503 (try again). */
    @WithName("wait")
    @WithDefault("PT30S")
    Duration waitForCapacity();
}
