package dev.streamt.compiler.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** How large a project upload may be ({@code streamt.compiler.upload.*}). */
@ConfigMapping(prefix = "streamt.compiler.upload")
public interface UploadLimits {

    /** Largest request body, compressed or not. */
    @WithName("max-body-bytes")
    @WithDefault("16777216")
    long maxBodyBytes();

    /** Largest total of the files unpacked from a tar.gz. */
    @WithName("max-unpacked-bytes")
    @WithDefault("67108864")
    long maxUnpackedBytes();

    /** Most files in one project. */
    @WithName("max-files")
    @WithDefault("20000")
    int maxFiles();

    default ProjectUploadReader.Limits limits() {
        return new ProjectUploadReader.Limits(maxBodyBytes(), maxUnpackedBytes(), maxFiles());
    }
}
