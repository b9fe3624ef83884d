package dev.streamt.compiler.core.project.load;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fields a YAML mapping may hold: fixed names, optionally a pattern for open families of keys (like
 * {@code ssl_*}), and hints for keys that are known to belong elsewhere.
 */
final class Keys {

    private final List<String> names;
    private final Pattern pattern;
    private final Map<String, String> misplaced;

    private Keys(List<String> names, Pattern pattern, Map<String, String> misplaced) {
        this.names = names;
        this.pattern = pattern;
        this.misplaced = misplaced;
    }

    static Keys of(String... names) {
        return new Keys(List.of(names), null, Map.of());
    }

    /** These keys plus every key matching {@code regex}. */
    Keys orMatching(String regex) {
        return new Keys(names, Pattern.compile(regex), misplaced);
    }

    /** Hints for keys that are not allowed here but exist elsewhere. */
    Keys misplaced(Map<String, String> hints) {
        return new Keys(names, pattern, Map.copyOf(hints));
    }

    boolean allows(String key) {
        return names.contains(key) || (pattern != null && pattern.matcher(key).matches());
    }

    List<String> names() {
        return names;
    }

    String misplacedHint(String key) {
        return misplaced.get(key);
    }
}
