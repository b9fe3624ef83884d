package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.project.policy.MaskingPolicy;
import dev.streamt.compiler.core.project.policy.MaskingRule;
import dev.streamt.compiler.core.sql.analysis.OutputColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sink model's masking as Kafka Connect transforms, one per rule, named {@code mask0}, {@code mask1}, ... (after
 * any transforms the user's config lists, skipping names it uses). Connect's built-in transforms cannot hash or keep
 * part of a value, so every policy that rewrites a value masks it whole:
 * <ul>
 * <li>redact, hash, tokenize, partial: {@code MaskField$Value} on the column, with replacement {@code ***} when the
 * column is a character string (for other types MaskField writes the type's empty value: 0, false, ...);</li>
 * <li>null: {@code ReplaceField$Value} excluding the column, so the sink receives no value for it.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class ConnectMasking {

    static final String MASK_FIELD = "org.apache.kafka.connect.transforms.MaskField$Value";
    static final String REPLACE_FIELD = "org.apache.kafka.connect.transforms.ReplaceField$Value";

    private ConnectMasking() {
    }

    /** Adds the masking transforms of the model to a connector config. */
    static void apply(ModelPlan model, Map<String, String> config) {
        List<MaskingRule> rules = model.definition().masking();
        if (rules.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        String existing = config.get("transforms");
        if (existing != null && !existing.isBlank()) {
            Arrays.stream(existing.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(names::add);
        }
        int next = 0;
        for (MaskingRule rule : rules) {
            String name;
            do {
                name = "mask" + next++;
            } while (names.contains(name) || config.containsKey("transforms." + name + ".type"));
            names.add(name);
            String prefix = "transforms." + name + ".";
            if (rule.policy() == MaskingPolicy.NULL) {
                config.put(prefix + "type", REPLACE_FIELD);
                config.put(prefix + "exclude", rule.column());
            } else {
                config.put(prefix + "type", MASK_FIELD);
                config.put(prefix + "fields", rule.column());
                if (isText(model, rule.column())) {
                    config.put(prefix + "replacement", "***");
                }
            }
        }
        config.put("transforms", String.join(",", names));
    }

    private static boolean isText(ModelPlan model, String column) {
        Optional<OutputColumn> found = model.columns().stream().filter(c -> c.name().equals(column)).findFirst();
        return found.isPresent() && found.get().inferred() && found.get().type().isCharacterString();
    }
}
