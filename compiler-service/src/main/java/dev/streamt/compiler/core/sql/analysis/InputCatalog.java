package dev.streamt.compiler.core.sql.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inputs a model's rendered SQL may reference, by table name, and the output schemas of the ML models it may call
 * ({@code ml_outputs}). Immutable and thread-safe.
 *
 * @param tables inputs by their table name in the rendered SQL (insertion order kept)
 * @param mlOutputs output columns of each ML model (the model's {@code ml_outputs}), by model name
 */
public record InputCatalog(Map<String, InputRelation> tables, Map<String, List<InputColumn>> mlOutputs) {

    public InputCatalog {
        Map<String, InputRelation> copy = new LinkedHashMap<>();
        for (Map.Entry<String, InputRelation> entry : tables.entrySet()) {
            if (!entry.getKey().equals(entry.getValue().table())) {
                throw new IllegalArgumentException("input '" + entry.getValue().nodeId() + "' registered under '"
                        + entry.getKey() + "' but named '" + entry.getValue().table() + "'");
            }
            copy.put(entry.getKey(), entry.getValue());
        }
        tables = Collections.unmodifiableMap(copy);
        Map<String, List<InputColumn>> ml = new LinkedHashMap<>();
        mlOutputs.forEach((model, columns) -> ml.put(model, List.copyOf(columns)));
        mlOutputs = Collections.unmodifiableMap(ml);
    }

    /** A catalog of these inputs and no ML models. */
    public static InputCatalog of(Collection<InputRelation> inputs) {
        Map<String, InputRelation> tables = new LinkedHashMap<>();
        for (InputRelation input : inputs) {
            if (tables.put(input.table(), input) != null) {
                throw new IllegalArgumentException("two inputs named '" + input.table() + "'");
            }
        }
        return new InputCatalog(tables, Map.of());
    }

    public static InputCatalog of(InputRelation... inputs) {
        return of(List.of(inputs));
    }

    /** The same inputs with these ML model output schemas. */
    public InputCatalog withMlOutputs(Map<String, List<InputColumn>> outputs) {
        return new InputCatalog(tables, outputs);
    }

    /** The input under this table name, or null. */
    public InputRelation table(String name) {
        return tables.get(name);
    }

    /** The declared outputs of an ML model (exact name first, then ignoring case), or null when not declared. */
    public List<InputColumn> mlOutputsOf(String model) {
        List<InputColumn> exact = mlOutputs.get(model);
        if (exact != null) {
            return exact;
        }
        String lower = model.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<InputColumn>> entry : mlOutputs.entrySet()) {
            if (entry.getKey().toLowerCase(Locale.ROOT).equals(lower)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The table names, in catalog order. */
    public List<String> tableNames() {
        return new ArrayList<>(tables.keySet());
    }
}
