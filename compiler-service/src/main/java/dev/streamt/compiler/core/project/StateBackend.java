package dev.streamt.compiler.core.project;

/** The Flink state backend of a model's job. */
public enum StateBackend {
    HASHMAP("hashmap"),
    ROCKSDB("rocksdb");

    private final String wireValue;

    StateBackend(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }
}
