package dev.streamt.deployer.target.kafka;

import dev.streamt.contracts.changeset.FieldDiff;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an in-place {@code update} of a topic does, read from its {@code diff}: grow to {@code partitions} (null: keep
 * them), SET every {@code config.<key>} diff with a value ({@code set}, values as written, placeholders unresolved) and
 * DELETE the override of every {@code config.<key>} diff whose {@code to} is null ({@code delete}). Immutable.
 */
public record TopicDiff(String name, Integer partitions, Map<String, String> set, Set<String> delete) {

    static final String PARTITIONS = "partitions";
    static final String REPLICATION_FACTOR = "replication_factor";
    static final String CONFIG_PREFIX = "config.";

    public TopicDiff {
        set = Map.copyOf(set);
        delete = Set.copyOf(delete);
    }

    /**
     * The update of topic {@code name} from its {@code diff}; the partition target is {@code after.partitions} (as the
     * shared format says), which must agree with the diff.
     *
     * @throws IllegalArgumentException for a diff an in-place update cannot carry out (replication factor, unknown
     *         fields, values of the wrong type), naming the field
     */
    public static TopicDiff of(String name, TopicSpec after, List<FieldDiff> diff) {
        Integer partitions = null;
        Map<String, String> set = new TreeMap<>();
        Set<String> delete = new TreeSet<>();
        for (FieldDiff field : diff) {
            String path = field.field();
            if (path.equals(PARTITIONS)) {
                int to = TopicSpec.positiveInt(field.to(), "diff partitions.to", Integer.MAX_VALUE);
                if (to != after.partitions()) {
                    throw new IllegalArgumentException("diff partitions.to (" + to + ") differs from after.partitions ("
                            + after.partitions() + ")");
                }
                partitions = to;
            } else if (path.equals(REPLICATION_FACTOR)) {
                throw new IllegalArgumentException("the replication factor cannot change in place: it needs a replace");
            } else if (path.startsWith(CONFIG_PREFIX) && path.length() > CONFIG_PREFIX.length()) {
                String key = path.substring(CONFIG_PREFIX.length());
                if (field.to() == null) {
                    delete.add(key);
                } else {
                    set.put(key, TopicSpec.configValue(field.to(), "diff " + path + ".to"));
                }
            } else {
                throw new IllegalArgumentException("diff field '" + path + "' is not a topic field (expected "
                        + PARTITIONS + " or " + CONFIG_PREFIX + "<key>)");
            }
        }
        return new TopicDiff(name, partitions, set, delete);
    }

    /** Whether the update changes configs. */
    public boolean changesConfig() {
        return !set.isEmpty() || !delete.isEmpty();
    }
}
