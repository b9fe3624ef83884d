package dev.streamt.runtime.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean 'x'?" suggestions: the candidate closest to a misspelled name by optimal string alignment distance
 * (insertions, deletions, substitutions and swaps of neighbours), compared without case; a candidate qualifies when the
 * distance is at most a third of the longer name (at least 1, at most 3) or when one name is a prefix of the other
 * (4 characters or more). Ties go to the candidate that sorts first, so suggestions are deterministic. Pure and
 * thread-safe; plain Java so every core can use it.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** The closest qualifying candidate, if any. */
    public static Optional<String> suggest(String input, Collection<String> candidates) {
        if (input == null || input.isEmpty() || candidates == null) {
            return Optional.empty();
        }
        String needle = input.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate == null || candidate.isEmpty() || candidate.equals(input)) {
                continue;
            }
            String lower = candidate.toLowerCase(Locale.ROOT);
            int allowed = Math.max(1, Math.min(3, Math.max(needle.length(), lower.length()) / 3));
            int distance = distance(needle, lower, allowed + 1);
            boolean prefix = Math.min(needle.length(), lower.length()) >= 4
                    && (lower.startsWith(needle) || needle.startsWith(lower));
            if (distance > allowed && !prefix) {
                continue;
            }
            int score = distance > allowed ? allowed + 1 : distance;
            if (score < bestDistance || (score == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code " Did you mean 'x'?"} (with its leading space, to append to a sentence) or the empty string. */
    public static String suffix(String input, Collection<String> candidates) {
        return suggest(input, candidates).map(s -> " Did you mean '" + s + "'?").orElse("");
    }

    /** {@code "Did you mean 'x'?"} for the closest candidate, or null. */
    public static String hint(String input, Collection<String> candidates) {
        return suggest(input, candidates).map(s -> "Did you mean '" + s + "'?").orElse(null);
    }

    /**
     * Up to {@code max} close candidates, closest first (ties by name): within a third of the input's length (at least
     * 2), or ending in {@code .input} / {@code :input} (a node id named by its bare name, {@code orders} for
     * {@code model.orders}).
     */
    public static List<String> closest(String input, Collection<String> candidates, int max) {
        if (input == null || input.isEmpty() || candidates == null) {
            return List.of();
        }
        String needle = input.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, needle.length() / 3);
        record Scored(String name, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String candidate : candidates) {
            String hay = candidate.toLowerCase(Locale.ROOT);
            int distance = hay.endsWith("." + needle) || hay.endsWith(":" + needle) ? 0
                    : distance(needle, hay, limit + 1);
            if (distance <= limit) {
                scored.add(new Scored(candidate, distance));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        return scored.stream().limit(max).map(Scored::name).toList();
    }

    /** {@code ". Did you mean 'x' or 'y'?"} ending a sentence, or {@code "."} when there is nothing close. */
    public static String sentenceEnd(List<String> close) {
        if (close.isEmpty()) {
            return ".";
        }
        return ". Did you mean " + String.join(" or ", close.stream().map(c -> "'" + c + "'").toList()) + "?";
    }

    /** The optimal string alignment distance of two strings, or {@code limit} when it is at least {@code limit}. */
    public static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        int[] previous2 = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[b.length()], limit);
    }
}
