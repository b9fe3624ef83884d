package dev.streamt.testkit;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource that starts a real Kafka broker before the application and points the application at it.
 *
 * <p>Returned configuration: {@value #KAFKA_BOOTSTRAP_SERVERS} (read by SmallRye Reactive Messaging Kafka and
 * quarkus-kafka-client; its presence also keeps Kafka Dev Services off) and {@value #KIT_BOOTSTRAP_SERVERS}.
 *
 * <p>Init args ({@code @ResourceArg}):
 * <ul>
 *   <li>{@value #MODE}: {@code in-jvm} (default, {@link InJvmKafkaBroker}) or {@code process}
 *       ({@link ChildProcessKafkaBroker}); the system property {@value #MODE_PROPERTY} sets the default for a run;</li>
 *   <li>{@value #TOPICS}: topics created before the application starts, comma-separated {@code name} or
 *       {@code name:partitions}, e.g. {@code orders:3,payments};</li>
 *   <li>{@code broker.<setting>}: any broker setting, e.g. {@code broker.auto.create.topics.enable=true}.</li>
 * </ul>
 *
 * <p>A field annotated {@link InjectKafkaBroker} gets the broker. Lifecycle, driven by Quarkus: {@code init}, then
 * {@code start} once, {@code inject} per test instance, {@code stop} once. Each instance runs its own broker on its
 * own free ports, so several test classes (and resources started in parallel) never share or collide.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    public static final String KAFKA_BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
    public static final String KIT_BOOTSTRAP_SERVERS = "testkit.kafka.bootstrap-servers";
    public static final String MODE = "mode";
    public static final String TOPICS = "topics";
    public static final String BROKER_SETTING_PREFIX = "broker.";
    public static final String MODE_PROPERTY = "streamt.test.kafka.mode";

    private Map<String, String> args = Map.of();
    private volatile KafkaBroker broker;

    @Override
    public void init(Map<String, String> initArgs) {
        this.args = Map.copyOf(initArgs);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> brokerSettings = new LinkedHashMap<>();
        args.forEach((key, value) -> {
            if (key.startsWith(BROKER_SETTING_PREFIX)) {
                brokerSettings.put(key.substring(BROKER_SETTING_PREFIX.length()), value);
            }
        });
        KafkaBroker started = startBroker(brokerSettings);
        broker = started;
        try {
            TopicSpecs.parse(args.getOrDefault(TOPICS, "")).forEach(started::createTopic);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        return Map.of(
                KAFKA_BOOTSTRAP_SERVERS, started.bootstrapServers(),
                KIT_BOOTSTRAP_SERVERS, started.bootstrapServers());
    }

    private KafkaBroker startBroker(Map<String, String> brokerSettings) {
        String mode = args.getOrDefault(MODE, System.getProperty(MODE_PROPERTY, "in-jvm")).trim().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "in-jvm" -> InJvmKafkaBroker.builder().configs(brokerSettings).start();
            case "process" -> ChildProcessKafkaBroker.builder().configs(brokerSettings).start();
            default -> throw new IllegalArgumentException(
                    "Unknown Kafka test broker mode '" + mode + "'; use 'in-jvm' or 'process'");
        };
    }

    /** The running broker, or {@code null} before start and after stop. */
    public KafkaBroker broker() {
        return broker;
    }

    @Override
    public void inject(TestInjector testInjector) {
        KafkaBroker current = broker;
        if (current != null) {
            testInjector.injectIntoFields(current,
                    new TestInjector.AnnotatedAndMatchesType(InjectKafkaBroker.class, current.getClass()));
        }
    }

    @Override
    public void stop() {
        KafkaBroker current = broker;
        broker = null;
        if (current != null) {
            current.close();
        }
    }
}
