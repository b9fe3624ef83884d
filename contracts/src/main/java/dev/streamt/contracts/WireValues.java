package dev.streamt.contracts;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Strict parsing of {@link WireValue} enums: the exact wire string or a clear {@link ContractViolationException}. */
public final class WireValues {

    private WireValues() {
    }

    /**
     * Finds the constant whose wire value is {@code value}.
     *
     * @param constants the enum's {@code values()} (passed explicitly: no reflection, native-image friendly)
     * @param value     the string read from JSON
     * @param what      the name of the value's kind for the message, like {@code "ChangeAction"}
     * @throws ContractViolationException naming the bad value and the allowed values
     */
    public static <E extends Enum<E> & WireValue> E parse(E[] constants, String value, String what) {
        if (value != null) {
            for (E constant : constants) {
                if (constant.wireValue().equals(value)) {
                    return constant;
                }
            }
        }
        throw new ContractViolationException("unknown " + what + " " + (value == null ? "null" : "'" + value + "'")
                + "; allowed values: " + allowed(constants));
    }

    /** The allowed wire values, comma separated, in declaration order. */
    public static String allowed(WireValue[] constants) {
        return Arrays.stream(constants).map(WireValue::wireValue).collect(Collectors.joining(", "));
    }
}
