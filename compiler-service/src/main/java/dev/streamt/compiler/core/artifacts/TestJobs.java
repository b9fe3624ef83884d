package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.project.Assertion;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.TestDefinition;
import dev.streamt.compiler.core.sql.types.FlinkType;
import dev.streamt.contracts.manifest.FlinkJobArtifact;
import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.contracts.testing.TestType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Flink job {@code test_<name>} of each continuous test: it reads the tested model's (or source's) topic and
 * writes a row per violation to {@value TopicArtifacts#TEST_FAILURES_TOPIC} ({@link FailureTable}). Each assertion
 * compiles to one or more violation queries ({@link RowChecks}, {@link WindowChecks}, {@link CustomSqlCheck}), joined
 * with UNION ALL into one INSERT, so one job runs all of a test's assertions. Columns an assertion names that the
 * tested table does not declare are declared as STRING when the table's columns are unknown; an assertion naming a
 * column a table with known columns lacks is left out (the schema test reports it). A test with nothing that can run
 * continuously gets no job. Every table is read as an append stream, an upsert topic too (each new value of a key is
 * checked; its changelog could not be written to the append-only failures topic). Stateless and thread-safe.
 */
final class TestJobs {

    private TestJobs() {
    }

    /** Whether the project has continuous tests. */
    static boolean hasContinuousTests(ProjectDefinition project) {
        return project.tests().stream().anyMatch(test -> test.type() == TestType.CONTINUOUS);
    }

    /** The jobs, in test declaration order. */
    static List<FlinkJobArtifact> generate(ProjectDefinition project, TableCatalog catalog) {
        List<FlinkJobArtifact> jobs = new ArrayList<>();
        for (TestDefinition test : project.tests()) {
            if (test.type() == TestType.CONTINUOUS && test.model() != null) {
                FlinkJobArtifact job = generate(project, test, catalog);
                if (job != null) {
                    jobs.add(job);
                }
            }
        }
        return jobs;
    }

    /** The node id a test names: a model, else a source. */
    static String nodeOf(ProjectDefinition project, String name) {
        return project.model(name).isPresent() ? "model." + name
                : project.source(name).isPresent() ? "source." + name : null;
    }

    private static FlinkJobArtifact generate(ProjectDefinition project, TestDefinition test, TableCatalog catalog) {
        String node = nodeOf(project, test.model());
        Function<String, KafkaTable> tables = id -> {
            KafkaTable table = catalog.table(id);
            return table == null ? null : table.appendOnly();
        };
        KafkaTable base = node == null ? null : tables.apply(node);
        if (base == null) {
            return null;
        }
        KafkaConnection connection = KafkaConnection.forFlink(project.runtime().kafka());
        TestTable tested = new TestTable(test.model(), base, null);
        List<Assertion> runnable = new ArrayList<>();
        for (Assertion assertion : test.assertions()) {
            List<String> columns = testedColumns(assertion);
            KafkaTable current = tested.table();
            if (current.columnsKnown() && !columns.stream().allMatch(c -> current.column(c) != null)) {
                continue;
            }
            runnable.add(assertion);
            tested = declare(tested, columns);
        }
        if (runnable.stream().anyMatch(WindowChecks::windowed)) {
            tested = tested.withTime();
        }
        Violation.TestContext context = new Violation.TestContext(project.project().name(),
                project.environmentName(), test.name(), node);
        Map<String, KafkaTable> declared = new LinkedHashMap<>();
        declared.put(tested.name(), tested.table());
        List<String> selects = new ArrayList<>();
        List<String> customQueries = new ArrayList<>();
        for (Assertion assertion : runnable) {
            List<Violation> violations = new ArrayList<>(RowChecks.of(assertion, tested));
            if (assertion instanceof Assertion.ForeignKey foreign) {
                TestTable reference = reference(project, tables, foreign, tested);
                violations.addAll(WindowChecks.of(assertion, tested, reference));
                if (!violations.isEmpty() && reference != null) {
                    merge(declared, reference.name(), reference.table());
                }
            } else if (WindowChecks.windowed(assertion)) {
                violations.addAll(WindowChecks.of(assertion, tested, null));
            } else if (assertion instanceof Assertion.CustomSql custom) {
                CustomSqlCheck.Compiled compiled = CustomSqlCheck.compile(custom, project.vars(), tables, connection);
                if (compiled != null) {
                    compiled.inputs().forEach(input -> merge(declared, input.relation().table(), input.table()));
                    customQueries.add(compiled.analysis().sql());
                    violations.add(compiled.violation());
                }
            }
            violations.forEach(violation -> selects.add(violation.select(context)));
        }
        if (selects.isEmpty()) {
            return null;
        }
        String name = "test_" + test.name();
        String groupId = JobSettings.groupId(project, name);
        List<String> ddl = new ArrayList<>();
        boolean watermarks = false;
        for (Map.Entry<String, KafkaTable> table : declared.entrySet()) {
            watermarks |= table.getValue().watermark() != null;
            ddl.add(TableDdl.source(table.getKey(), table.getValue(), groupId));
        }
        String failures = ModelJobs.outputTableName(FailureTable.TABLE, new ArrayList<>(declared.keySet()));
        ddl.add(TableDdl.sink(failures, FailureTable.table(connection)));
        JobSettings settings = JobSettings.forTest(project, test);
        List<String> statements = new ArrayList<>(settings.statements(name, watermarks, false));
        statements.addAll(ddl);
        statements.add("INSERT INTO " + Sql.ident(failures) + "\n" + String.join("\nUNION ALL\n", selects));
        return settings.artifact(name, statements, customQueries.size() == 1 ? customQueries.get(0) : null,
                NodeId.test(test.name()));
    }

    /** The tested table with the columns an assertion names declared (as STRING) when its columns are unknown. */
    private static TestTable declare(TestTable table, List<String> columns) {
        if (table.table().columnsKnown()) {
            return table;
        }
        List<TableColumn> extra = new ArrayList<>(columns.size());
        columns.forEach(column -> extra.add(TableColumn.of(column, FlinkType.STRING)));
        return new TestTable(table.name(), table.table().withAdded(extra), table.timeColumn());
    }

    private static TestTable reference(ProjectDefinition project, Function<String, KafkaTable> tables,
            Assertion.ForeignKey foreign, TestTable tested) {
        if (foreign.refModel() == null) {
            return null;
        }
        if (foreign.refModel().equals(tested.name())) {
            return tested;
        }
        String node = nodeOf(project, foreign.refModel());
        KafkaTable table = node == null ? null : tables.apply(node);
        if (table == null) {
            return null;
        }
        String refKey = foreign.refKey() != null ? foreign.refKey() : foreign.column();
        TestTable reference = new TestTable(foreign.refModel(), table, null);
        if (table.columnsKnown() && table.column(refKey) == null) {
            return null;
        }
        return declare(reference, List.of(refKey)).withTime();
    }

    /** Declares a table once; a second declaration adds its columns to the first. */
    private static void merge(Map<String, KafkaTable> declared, String name, KafkaTable table) {
        KafkaTable existing = declared.get(name);
        declared.put(name, existing == null ? table : existing.withAdded(table.columns()));
    }

    /** The columns of the tested table an assertion names. */
    static List<String> testedColumns(Assertion assertion) {
        List<String> columns = new ArrayList<>();
        if (assertion instanceof Assertion.NotNull notNull) {
            columns.addAll(notNull.columns());
        } else if (assertion instanceof Assertion.AcceptedValues accepted && accepted.column() != null) {
            columns.add(accepted.column());
        } else if (assertion instanceof Assertion.Range range && range.column() != null) {
            columns.add(range.column());
        } else if (assertion instanceof Assertion.AcceptedTypes types) {
            columns.addAll(types.types().keySet());
        } else if (assertion instanceof Assertion.UniqueKey unique) {
            columns.addAll(unique.key());
        } else if (assertion instanceof Assertion.ForeignKey foreign && foreign.column() != null) {
            columns.add(foreign.column());
        } else if (assertion instanceof Assertion.MaxLag lag && lag.column() != null) {
            columns.add(lag.column());
        } else if (assertion instanceof Assertion.Distribution distribution && distribution.column() != null) {
            columns.add(distribution.column());
        }
        return columns;
    }
}
