package dev.streamt.runtime.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Suggests the closest known name for a misspelt one (Damerau-Levenshtein distance, case-insensitive), the way every
 * "not found" message of streamt does. Pure and thread-safe; plain Java so cores can use it too.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** The closest candidate within a distance that still reads as a typo (a third of the name's length, at least 2). */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        if (name == null || name.isEmpty() || candidates == null) {
            return Optional.empty();
        }
        int threshold = Math.max(2, name.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= threshold && !name.equals(best) ? Optional.ofNullable(best) : Optional.empty();
    }

    /** {@code " Did you mean 'x'?"} or the empty string. */
    public static String suffix(String name, Collection<String> candidates) {
        return closest(name, candidates).map(s -> " Did you mean '" + s + "'?").orElse("");
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
