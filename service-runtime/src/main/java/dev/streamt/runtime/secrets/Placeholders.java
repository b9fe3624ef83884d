package dev.streamt.runtime.secrets;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code ${VAR}} placeholders of a manifest from this process's environment, at the last moment, for a
 * connection to an external system. The resolved values go into client properties only: callers must never store,
 * publish or log them. A missing variable is an {@link UnresolvedPlaceholderException} that names the variables, never
 * a value. Stateless and thread-safe.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final Function<String, String> environment;

    /** Placeholders resolved by {@code environment} (a variable name to its value, or null when unset). */
    public Placeholders(Function<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** Placeholders resolved from the process environment. */
    public static Placeholders fromProcessEnvironment() {
        return new Placeholders(System::getenv);
    }

    /** Whether {@code value} holds at least one placeholder. */
    public static boolean containsPlaceholder(String value) {
        return value != null && PLACEHOLDER.matcher(value).find();
    }

    /** The variable names {@code value} refers to, in order of appearance. */
    public static Set<String> variablesIn(String value) {
        Set<String> names = new LinkedHashSet<>();
        if (value != null) {
            Matcher m = PLACEHOLDER.matcher(value);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** {@code value} with every placeholder replaced; null stays null. */
    public String resolve(String value) {
        if (value == null) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            String resolved = environment.apply(m.group(1));
            if (resolved == null) {
                missing.add(m.group(1));
                resolved = "";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(resolved));
        }
        m.appendTail(out);
        if (!missing.isEmpty()) {
            throw new UnresolvedPlaceholderException(missing);
        }
        return out.toString();
    }

    /** Every value of {@code values} resolved, in key order; all missing variables reported together, in key order. */
    public Map<String, String> resolveAll(Map<String, String> values) {
        Map<String, String> resolved = new TreeMap<>();
        Set<String> missing = new LinkedHashSet<>();
        new TreeMap<>(values).forEach((key, value) -> {
            try {
                resolved.put(key, resolve(value));
            } catch (UnresolvedPlaceholderException e) {
                missing.addAll(e.variables());
            }
        });
        if (!missing.isEmpty()) {
            throw new UnresolvedPlaceholderException(new ArrayList<>(missing));
        }
        return resolved;
    }
}
