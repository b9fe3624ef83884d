package dev.streamt.lineage.problem;

import dev.streamt.runtime.text.DidYouMean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" for names: the closest candidates by edit distance, ties broken by name. Stateless. */
public final class Suggestions {

    private static final int MAX_SUGGESTIONS = 3;

    private Suggestions() {
    }

    /** Up to three candidates close to {@code input} (edit distance within a third of its length, at least 2). */
    public static List<String> closest(String input, Collection<String> candidates) {
        if (input == null || input.isEmpty()) {
            return List.of();
        }
        String needle = input.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, needle.length() / 3);
        record Scored(String name, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String candidate : candidates) {
            String hay = candidate.toLowerCase(Locale.ROOT);
            int distance = hay.endsWith("." + needle) || hay.endsWith(":" + needle) ? 0 : DidYouMean.distance(needle, hay, limit + 1);
            if (distance <= limit) {
                scored.add(new Scored(candidate, distance));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        return scored.stream().limit(MAX_SUGGESTIONS).map(Scored::name).toList();
    }

    /** " Did you mean 'x'?" or empty. */
    public static String hint(List<String> close) {
        if (close.isEmpty()) {
            return ".";
        }
        return ". Did you mean " + String.join(" or ", close.stream().map(c -> "'" + c + "'").toList()) + "?";
    }
}
