package dev.streamt.compiler.core.project.load;

import java.util.regex.Pattern;

/** The name every source, model, test and exposure must have. */
final class DefinitionNames {

    static final Pattern NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_-]*$");

    private DefinitionNames() {
    }

    /** The name of the definition, or null after reporting that it is missing or invalid. */
    static String read(Fields definition, String kind) {
        if (!definition.require("name", "every " + kind + " needs a unique name")) {
            return null;
        }
        String name = definition.string("name");
        if (name == null) {
            return null;
        }
        if (!NAME.matcher(name).matches()) {
            definition.ctx.problems.invalid(definition.valueSpan("name"), "Invalid " + kind + " name '"
                    + Scalars.abbreviate(name) + "': it must match " + NAME.pattern(),
                    "Use letters, digits, '_' and '-', starting with a letter or '_'.");
            return null;
        }
        return name;
    }
}
