package dev.streamt.runtime.secrets;

import dev.streamt.contracts.manifest.KafkaConnection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Takes resolved {@code ${VAR}} values out of a text before it becomes a step error (stored, published, logged): every
 * value a placeholder of the batch resolves to is replaced by its placeholder. Kafka's own messages may quote them
 * (a bootstrap address it cannot resolve, a config value it refuses). Immutable, thread-safe; one per batch.
 */
public final class SecretScrubber {

    private static final SecretScrubber NONE = new SecretScrubber(Map.of());

    /** Resolved value -> its placeholder, longest value first so that a value inside another is not cut first. */
    private final Map<String, String> placeholderOf;

    public SecretScrubber(Map<String, String> placeholderOf) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(placeholderOf.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        Map<String, String> ordered = new LinkedHashMap<>();
        entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        this.placeholderOf = ordered;
    }

    /** A scrubber that changes nothing: nothing was resolved. */
    public static SecretScrubber none() {
        return NONE;
    }

    /** A scrubber of every variable {@code texts} refer to, resolved by {@code placeholders} (unset ones skipped). */
    public static SecretScrubber of(Placeholders placeholders, Collection<String> texts) {
        Map<String, String> placeholderOf = new LinkedHashMap<>();
        for (String text : texts) {
            for (String variable : Placeholders.variablesIn(text)) {
                String placeholder = "${" + variable + "}";
                try {
                    String value = placeholders.resolve(placeholder);
                    // An empty value cannot leak; replacing it would insert the placeholder between every character.
                    if (!value.isEmpty()) {
                        placeholderOf.putIfAbsent(value, placeholder);
                    }
                } catch (UnresolvedPlaceholderException unset) {
                    // Nothing resolved, nothing to hide; the step using it fails naming the variable.
                }
            }
        }
        return new SecretScrubber(placeholderOf);
    }

    /** The texts of {@code connection} that may hold placeholders. */
    public static List<String> textsOf(KafkaConnection connection) {
        List<String> texts = new ArrayList<>();
        texts.add(connection.bootstrapServers());
        texts.add(connection.bootstrapServersInternal());
        texts.add(connection.securityProtocol());
        texts.add(connection.saslMechanism());
        texts.add(connection.saslUsername());
        texts.add(connection.saslPassword());
        texts.addAll(connection.ssl().values());
        texts.removeIf(Objects::isNull);
        return texts;
    }

    /** {@code text} with every resolved value replaced by its placeholder; null stays null. */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = text;
        for (Map.Entry<String, String> entry : placeholderOf.entrySet()) {
            scrubbed = scrubbed.replace(entry.getKey(), entry.getValue());
        }
        return scrubbed;
    }
}
