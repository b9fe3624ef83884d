package dev.streamt.compiler.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.CompileOutcome;
import dev.streamt.compiler.core.CompileRequest;
import dev.streamt.compiler.core.ForeignManifests;
import dev.streamt.compiler.core.ProjectCompiler;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.manifest.Materialization;
import dev.streamt.contracts.manifest.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The example projects users start from compile without errors, and show what they are meant to show. */
class ExamplesTest {

    private final ProjectCompiler compiler = new ProjectCompiler();

    static Map<String, byte[]> files(String example) throws IOException {
        Path dir = Path.of("..", "examples", example);
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return files;
    }

    private Manifest compile(String example, String env) throws IOException {
        CompileOutcome outcome = compiler.compile(new CompileRequest(files(example), env, Map.of()),
                ForeignManifests.NONE, Instant.parse("2026-11-21T10:00:00Z"));
        assertThat(outcome.diagnostics().errors()).as("errors of %s", example).isEmpty();
        return outcome.manifest();
    }

    @Test
    void thePaymentsPipelineCompiles() throws IOException {
        Manifest manifest = compile("payments", null);

        assertThat(manifest.models()).extracting(Model::name).contains("payments_clean", "merchant_revenue_1m",
                "payments_to_warehouse");
        assertThat(manifest.model("payments_to_warehouse").orElseThrow().materialized()).isEqualTo(Materialization.SINK);
        assertThat(manifest.requiredVariables()).contains("WAREHOUSE_PASSWORD", "SLACK_WEBHOOK");
        assertThat(manifest.artifacts().flinkJobs()).isNotEmpty();
    }

    @Test
    void theEcommerceProjectUsesEveryMaterializationInEachEnvironment() throws IOException {
        for (String env : new String[] {"dev", "prod"}) {
            Manifest manifest = compile("ecommerce", env);

            Set<Materialization> used = manifest.models().stream().map(Model::materialized).collect(Collectors.toSet());
            assertThat(used).as(env).containsExactlyInAnyOrder(Materialization.values());
            assertThat(manifest.tests()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(manifest.exposures()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(manifest.artifacts().gatewayRules()).isNotEmpty();
            assertThat(manifest.artifacts().connectors()).isNotEmpty();
        }
    }

    @Test
    void compilingTwiceGivesTheSameManifest() throws IOException {
        assertThat(compile("ecommerce", "dev")).isEqualTo(compile("ecommerce", "dev"));
    }
}
