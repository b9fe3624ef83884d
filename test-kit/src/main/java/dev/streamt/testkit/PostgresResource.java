package dev.streamt.testkit;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource that starts a real PostgreSQL ({@link EmbeddedPostgresDatabase}) before the application and
 * points the default datasource at it.
 *
 * <p>Returned configuration: {@code quarkus.datasource.jdbc.url}, {@code quarkus.datasource.username},
 * {@code quarkus.datasource.password} and {@code quarkus.datasource.db-kind=postgresql} (a configured URL also keeps
 * datasource Dev Services off).
 *
 * <p>Init args ({@code @ResourceArg}):
 * <ul>
 *   <li>{@value #DATABASE}: create this database and point the URL at it (default: the {@code postgres} database);</li>
 *   <li>{@value #DATASOURCE}: configure this named datasource instead of the default one, i.e. keys
 *       {@code quarkus.datasource."<name>".*}.</li>
 * </ul>
 *
 * <p>A field annotated {@link InjectPostgres} gets the server. Lifecycle, driven by Quarkus: {@code init}, then
 * {@code start} once, {@code inject} per test instance, {@code stop} once. Each instance runs its own server on its
 * own free port.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "database";
    public static final String DATASOURCE = "datasource";

    private Map<String, String> args = Map.of();
    private volatile EmbeddedPostgresDatabase postgres;

    @Override
    public void init(Map<String, String> initArgs) {
        this.args = Map.copyOf(initArgs);
    }

    @Override
    public Map<String, String> start() {
        EmbeddedPostgresDatabase started = EmbeddedPostgresDatabase.start();
        postgres = started;
        String url;
        try {
            String database = args.get(DATABASE);
            url = database == null || database.isBlank() ? started.jdbcUrl() : started.createDatabase(database.trim());
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        String datasource = args.get(DATASOURCE);
        String prefix = datasource == null || datasource.isBlank()
                ? "quarkus.datasource."
                : "quarkus.datasource.\"" + datasource.trim() + "\".";
        return Map.of(
                prefix + "db-kind", "postgresql",
                prefix + "jdbc.url", url,
                prefix + "username", started.username(),
                prefix + "password", started.password());
    }

    /** The running server, or {@code null} before start and after stop. */
    public EmbeddedPostgresDatabase database() {
        return postgres;
    }

    @Override
    public void inject(TestInjector testInjector) {
        EmbeddedPostgresDatabase current = postgres;
        if (current != null) {
            testInjector.injectIntoFields(current,
                    new TestInjector.AnnotatedAndMatchesType(InjectPostgres.class, EmbeddedPostgresDatabase.class));
        }
    }

    @Override
    public void stop() {
        EmbeddedPostgresDatabase current = postgres;
        postgres = null;
        if (current != null) {
            current.close();
        }
    }
}
