package dev.streamt.compiler.core.rules;

import dev.streamt.runtime.text.DidYouMean;
import java.util.Collection;
import java.util.List;

/** Wording shared by the rules' messages and hints. */
final class Names {

    private Names() {
    }

    /** "Did you mean 'x'?" for the closest candidate, else {@code otherwise}. */
    static String didYouMean(String name, Collection<String> candidates, String otherwise) {
        String hint = DidYouMean.hint(name, candidates);
        return hint != null ? hint : otherwise;
    }

    /** {@code 'a', 'b', 'c'}, or {@code none} for an empty list. */
    static String quotedList(Collection<String> names) {
        if (names.isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            text.append(text.length() == 0 ? "" : ", ").append('\'').append(name).append('\'');
        }
        return text.toString();
    }

    /** {@code group 'x'} or {@code no group}. */
    static String group(String group) {
        return group == null ? "no group" : "group '" + group + "'";
    }

    /** The declared names to list in a hint when nothing is close: at most ten, then "...". */
    static String declared(String what, Collection<String> names) {
        if (names.isEmpty()) {
            return "Declared " + what + ": none.";
        }
        List<String> first = names.stream().limit(10).toList();
        return "Declared " + what + ": " + String.join(", ", first) + (names.size() > first.size() ? ", ..." : "")
                + ".";
    }
}
