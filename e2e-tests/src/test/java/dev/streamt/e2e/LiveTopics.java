package dev.streamt.e2e;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;

/** What really exists in the broker, read the way an operator would check it: names, partitions, topic configs. */
final class LiveTopics implements AutoCloseable {

    private final Admin admin;

    LiveTopics(String bootstrapServers) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    Set<String> names() throws Exception {
        return admin.listTopics().names().get(30, TimeUnit.SECONDS);
    }

    /** The names that start with {@code prefix}. */
    Set<String> namesStartingWith(String prefix) throws Exception {
        return names().stream().filter(name -> name.startsWith(prefix)).collect(Collectors.toCollection(
                java.util.TreeSet::new));
    }

    int partitions(String topic) throws Exception {
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                .get(topic);
        return description.partitions().size();
    }

    /** The value of one topic config as the broker reports it (its default when not overridden). */
    String config(String topic, String key) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
        return config.get(key) == null ? null : config.get(key).value();
    }

    /** Creates topics behind streamt's back, as another team or a script would. */
    void createOutsideStreamt(Collection<String> topics, int partitions) throws Exception {
        try {
            admin.createTopics(topics.stream().map(name -> new NewTopic(name, partitions, (short) 1)).toList()).all()
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create " + topics, e.getCause());
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
