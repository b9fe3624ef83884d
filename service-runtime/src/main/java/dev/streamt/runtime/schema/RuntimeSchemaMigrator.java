package dev.streamt.runtime.schema;

import dev.streamt.runtime.config.StreamtRuntimeConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ClassProvider;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.resource.LoadableResource;
import org.jboss.logging.Logger;

/**
 * Migrates the tables of this module (inbox, outbox) inside the service's own schema, with a Flyway history of their
 * own ({@value #HISTORY_TABLE}) so their versions never collide with the service's migrations. Runs at startup after the
 * service's own Flyway and before any Kafka consumer starts (reactive messaging starts at {@code LIBRARY_BEFORE}).
 * The migrations are Java classes listed here, not scanned from the classpath, which keeps native images simple.
 */
@ApplicationScoped
public class RuntimeSchemaMigrator {

    static final String HISTORY_TABLE = "streamt_runtime_schema_history";

    private static final Logger LOG = Logger.getLogger(RuntimeSchemaMigrator.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    StreamtRuntimeConfig config;

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        String schema = config.service().schema();
        MigrateResult result = Flyway.configure(RuntimeSchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .table(HISTORY_TABLE)
                // The service's own migrations may already have filled the schema: start this history below V1.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .resourceProvider(NO_RESOURCES)
                .javaMigrationClassProvider(NO_CLASSES)
                .javaMigrations(new V1__Inbox_and_outbox(), new V2__Parked_events_and_deferred_commands())
                .load()
                .migrate();
        LOG.debugf("runtime tables of schema %s at version %s (%d migrations applied)",
                schema, result.targetSchemaVersion, result.migrationsExecuted);
    }

    private static final ResourceProvider NO_RESOURCES = new ResourceProvider() {
        @Override
        public LoadableResource getResource(String name) {
            return null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String... suffixes) {
            return List.of();
        }
    };

    private static final ClassProvider<JavaMigration> NO_CLASSES = List::of;
}
