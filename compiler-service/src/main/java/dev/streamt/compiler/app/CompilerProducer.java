package dev.streamt.compiler.app;

import dev.streamt.compiler.core.ProjectCompiler;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

/** The compiler core is plain Java; one instance serves every request (it is stateless and thread-safe). */
public class CompilerProducer {

    @Produces
    @Singleton
    ProjectCompiler compiler() {
        return new ProjectCompiler();
    }
}
