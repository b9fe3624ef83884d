package dev.streamt.compiler.core.project.runtime;

/** The kind of a Flink cluster: a self-managed one reached over REST and the SQL gateway, or Confluent Cloud. */
public enum FlinkClusterType {
    REST("rest"),
    CONFLUENT("confluent");

    private final String wireValue;

    FlinkClusterType(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value as written in YAML. */
    public String wireValue() {
        return wireValue;
    }
}
