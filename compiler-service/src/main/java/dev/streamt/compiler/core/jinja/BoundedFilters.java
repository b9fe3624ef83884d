package dev.streamt.compiler.core.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.CenterFilter;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.lib.filter.FormatFilter;
import com.hubspot.jinjava.lib.filter.IndentFilter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * jinjava's filters that build a string as wide as an argument says ({@code center(n)}, {@code indent(n)}, and
 * {@code format} with a width or precision such as {@code %999999999s}), with the width checked first: the output
 * limit of a render counts what was written, so one call asking for a billion characters would otherwise fill the heap
 * before any limit sees it. A width above the render's output limit stops the render, which the renderer reports as a
 * {@code JINJA_RENDER_ERROR} at the template's line. Stateless and thread-safe.
 */
final class BoundedFilters {

    /** A width, precision or count inside a format specifier: {@code %-20.5f} has 20 and 5. */
    private static final Pattern FORMAT_NUMBERS = Pattern.compile("%[-#+ 0,(<]*(\\d+)?(?:\\.(\\d+))?");

    private BoundedFilters() {
    }

    /** The bounded replacements, under the names of the filters they replace. */
    static List<Filter> all(long maxChars) {
        return List.of(new Bounded(new CenterFilter(), maxChars, Bounded::firstArgument),
                new Bounded(new IndentFilter(), maxChars, Bounded::firstArgument),
                new Bounded(new FormatFilter(), maxChars, Bounded::formatWidths));
    }

    /** How wide a call of a filter asks its output to be (the largest number it would honour). */
    @FunctionalInterface
    private interface Width {
        long of(Object value, Object[] args, Map<String, Object> kwargs);
    }

    private static final class Bounded implements Filter {
        private final Filter delegate;
        private final long maxChars;
        private final Width width;

        Bounded(Filter delegate, long maxChars, Width width) {
            this.delegate = delegate;
            this.maxChars = maxChars;
            this.width = width;
        }

        @Override
        public String getName() {
            return delegate.getName();
        }

        @Override
        public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
            check(var, args, Map.of(), interpreter);
            return delegate.filter(var, interpreter, args);
        }

        @Override
        public Object filter(Object var, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
            check(var, args, kwargs == null ? Map.of() : kwargs, interpreter);
            return delegate.filter(var, interpreter, args, kwargs);
        }

        private void check(Object var, Object[] args, Map<String, Object> kwargs, JinjavaInterpreter interpreter) {
            long asked = width.of(var, args == null ? new Object[0] : args, kwargs);
            if (asked > maxChars) {
                throw JinjaRenderer.overBudget("the " + getName() + " filter asks for " + asked
                        + " characters; a rendered model is at most " + maxChars, interpreter);
            }
        }

        static long firstArgument(Object value, Object[] args, Map<String, Object> kwargs) {
            long widest = kwargs.containsKey("width") ? number(kwargs.get("width")) : 0;
            return Math.max(widest, args.length == 0 ? 0 : number(args[0]));
        }

        static long formatWidths(Object value, Object[] args, Map<String, Object> kwargs) {
            long widest = 0;
            Matcher m = FORMAT_NUMBERS.matcher(String.valueOf(value));
            while (m.find()) {
                for (int group = 1; group <= 2; group++) {
                    if (m.group(group) != null) {
                        widest = Math.max(widest, number(m.group(group)));
                    }
                }
            }
            return widest;
        }

        private static long number(Object value) {
            if (value instanceof Number n) {
                return Math.abs(n.longValue());
            }
            try {
                return Math.abs(Long.parseLong(String.valueOf(value).trim()));
            } catch (NumberFormatException e) {
                // Not a number: the original filter decides what it means (usually the default width).
                return String.valueOf(value).trim().length() > 18 ? Long.MAX_VALUE : 0;
            }
        }
    }
}
