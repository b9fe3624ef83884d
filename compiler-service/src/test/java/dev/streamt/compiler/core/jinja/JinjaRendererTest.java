package dev.streamt.compiler.core.jinja;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JinjaRendererTest {

    private final JinjaRenderer renderer = new JinjaRenderer();

    @Test
    void rendersSourceAndRefAsTableNamesAndRecordsEachCall() {
        RenderResult result = renderer.render("""
                SELECT o.id, c.name
                FROM {{ source("orders_raw") }} o
                JOIN {{ ref('customers') }} c ON o.customer_id = c.id""", Map.of());

        assertThat(result.ok()).isTrue();
        assertThat(result.output()).contains("FROM `orders_raw` o").contains("JOIN `customers` c");
        assertThat(result.references()).extracting(TemplateReference::kind, TemplateReference::name, TemplateReference::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TemplateReference.Kind.SOURCE, "orders_raw", 2),
                        org.assertj.core.groups.Tuple.tuple(TemplateReference.Kind.REF, "customers", 3));
    }

    @Test
    void aRefToAnotherProjectNamesItsProject() {
        RenderResult result = renderer.render("SELECT * FROM {{ ref('billing.invoices') }}", Map.of());

        assertThat(result.output()).isEqualTo("SELECT * FROM `billing__invoices`");
        TemplateReference ref = result.references().get(0);
        assertThat(ref.project()).isEqualTo("billing");
        assertThat(ref.localName()).isEqualTo("invoices");
    }

    @Test
    void dependenciesAreTheCallsRenderingMadeNotEveryCallWritten() {
        RenderResult result = renderer.render("""
                SELECT * FROM {{ source('a') }}
                {% if var('with_b', false) %} UNION ALL SELECT * FROM {{ source('b') }} {% endif %}""", Map.of());

        assertThat(result.references()).extracting(TemplateReference::name).containsExactly("a");
        assertThat(result.variablesRead()).containsExactly("with_b");
    }

    @Test
    void varsComeFromTheProjectWithDefaultsAndLoopsWork() {
        RenderResult result = renderer.render(
                "SELECT {% for c in var('cols') %}{{ c }}{% if not loop.last %}, {% endif %}{% endfor %} "
                        + "FROM t WHERE amount > {{ var('min_amount', 10) }} AND region = '{{ var('region') }}'",
                Map.of("cols", List.of("id", "amount"), "region", "eu"));

        assertThat(result.ok()).isTrue();
        assertThat(result.output()).isEqualTo("SELECT id, amount FROM t WHERE amount > 10 AND region = 'eu'");
    }

    @Test
    void anUndefinedVariableIsReportedAtItsLine() {
        RenderResult result = renderer.render("SELECT *\nFROM t WHERE x > {{ var('threshold') }}", Map.of());

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(DiagnosticCode.UNDEFINED_VARIABLE);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("threshold");
        });
    }

    @Test
    void brokenTemplateSyntaxIsAJinjaSyntaxError() {
        RenderResult result = renderer.render("SELECT *\nFROM {{ source('a') }}\n{% if x %} WHERE 1=1", Map.of("x", 1));

        assertThat(result.problems()).extracting(RenderProblem::code).contains(DiagnosticCode.JINJA_SYNTAX_ERROR);
    }

    @Test
    void filesCannotBeIncluded() {
        RenderResult result = renderer.render("{% include 'application.properties' %}", Map.of());

        assertThat(result.ok()).isFalse();
        assertThat(result.output()).doesNotContain("quarkus");
    }

    @Test
    void javaObjectsAreNotReachable() {
        RenderResult result = renderer.render("{{ ''.getClass().forName('java.lang.Runtime') }}", Map.of());

        assertThat(result.output()).doesNotContain("class java.lang.Runtime");
    }

    @Test
    @org.junit.jupiter.api.Timeout(60) // a guard against a hang, not a speed measurement
    void aLoopOfLoopsEndsWithADiagnosticInsteadOfRunningForever() {
        JinjaRenderer bounded = new JinjaRenderer(new RenderLimits(1_000_000, 10_000, 200_000, Duration.ofSeconds(2)));

        RenderResult result = bounded.render("""
                {% for a in range(10000) %}{% for b in range(10000) %}{% for c in range(10000) %}
                {% endfor %}{% endfor %}{% endfor %}""", Map.of());

        assertThat(result.problems()).extracting(RenderProblem::code).contains(DiagnosticCode.JINJA_RENDER_ERROR);
    }

    @Test
    void anOutputBombStopsWithADiagnostic() {
        RenderResult result = renderer.render(
                "{% for a in range(10000) %}{{ 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' * 100 }}{% endfor %}",
                Map.of());

        assertThat(result.ok()).isFalse();
        assertThat(result.output().length()).isLessThanOrEqualTo(1_000_000);
    }

    @Test
    void filtersAskingForHugeWidthsAreADiagnosticNotAFullHeap() {
        for (String template : List.of("{{ 'x' | center(2000000000) }}", "{{ 'x' | indent(2000000000, true) }}",
                "{{ 'x' | indent(width=2000000000) }}", "{{ '%2000000000s' | format('x') }}",
                "{{ '%.2000000000f' | format(1.5) }}")) {
            RenderResult result = renderer.render(template, Map.of());

            assertThat(result.ok()).as(template).isFalse();
            assertThat(result.problems()).as(template).extracting(RenderProblem::code)
                    .contains(DiagnosticCode.JINJA_RENDER_ERROR);
        }
    }

    @Test
    void theSameFiltersWithReasonableWidthsStillWork() {
        assertThat(renderer.render("[{{ 'ab' | center(6) }}]", Map.of()).output()).isEqualTo("[  ab  ]");
        assertThat(renderer.render("{{ '%5s|%.2f' | format('ab', 1.5) }}", Map.of()).output()).isEqualTo("   ab|1.50");
        assertThat(renderer.render("{{ 'a\nb' | indent(2) }}", Map.of()).output()).isEqualTo("a\n  b");
    }
}
