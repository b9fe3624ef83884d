package dev.streamt.compiler.core.jinja;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import com.hubspot.jinjava.loader.ResourceLocator;
import com.hubspot.jinjava.tree.Node;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders model SQL with real Jinja (jinjava) in a sandbox: only {@code source()}, {@code ref()}, {@code var()}, the
 * standard filters and control tags; no includes, imports or template inheritance (they could read files), no access to
 * Java objects (the context holds plain values only), and bounded output, loop size, node count and time
 * ({@link RenderLimits}).
 *
 * <p>{@code source("x")} and {@code ref("x")} render to the backticked Flink table name of the node ({@code `x`});
 * {@code ref("project.model")} to {@code `project__model`}. Each call is recorded: dependencies come from the calls that
 * rendering actually made, so a ref inside an {@code {% if %}} that is false is not a dependency.
 *
 * <p>Thread-safe: one instance serves all compilations; each render keeps its state on the rendering thread.
 */
public final class JinjaRenderer {

    private static final ThreadLocal<RenderSession> SESSION = new ThreadLocal<>();
    private static final Set<String> FORBIDDEN_TAGS = Set.of("include", "import", "from", "extends", "block");

    private final Jinjava jinjava;
    private final RenderLimits limits;

    public JinjaRenderer(RenderLimits limits) {
        this.limits = limits;
        JinjavaConfig config = JinjavaConfig.newBuilder()
                .withFailOnUnknownTokens(true)
                .withMaxOutputSize(limits.maxOutputChars())
                .withMaxStringLength(limits.maxOutputChars())
                .withRangeLimit(limits.maxRangeSize())
                .withMaxListSize(limits.maxRangeSize())
                .withMaxMapSize(limits.maxRangeSize())
                .withMaxRenderDepth(10)
                .withEnableRecursiveMacroCalls(false)
                .withNestedInterpretationEnabled(false)
                .withDisabled(Map.of(Context.Library.TAG, FORBIDDEN_TAGS))
                .withNodePreProcessor(JinjaRenderer::beforeNode)
                .build();
        this.jinjava = new Jinjava(config);
        this.jinjava.setResourceLocator(NO_RESOURCES);
        BoundedFilters.all(limits.maxOutputChars()).forEach(jinjava.getGlobalContext()::registerFilter);
        jinjava.registerFunction(new ELFunctionDefinition("", "source", JinjaRenderer.class, "source", String.class));
        jinjava.registerFunction(new ELFunctionDefinition("", "ref", JinjaRenderer.class, "ref", String.class));
        jinjava.registerFunction(new ELFunctionDefinition("", "var", JinjaRenderer.class, "var", String.class,
                Object[].class));
    }

    public JinjaRenderer() {
        this(RenderLimits.DEFAULT);
    }

    /**
     * Renders one template.
     *
     * @param vars the project's {@code vars} with request overrides applied (plain values: strings, numbers, lists, maps)
     */
    public RenderResult render(String template, Map<String, Object> vars) {
        RenderSession session = new RenderSession(vars, limits);
        SESSION.set(session);
        try {
            com.hubspot.jinjava.interpret.RenderResult result = jinjava.renderForResult(template, Map.of());
            for (TemplateError error : result.getErrors()) {
                session.problems.add(JinjaErrors.toProblem(error));
            }
            return new RenderResult(result.getOutput(), session.references, session.variablesRead,
                    JinjaErrors.distinct(session.problems));
        } catch (RenderSession.BudgetExceeded e) {
            session.problems.add(new RenderProblem(DiagnosticCode.JINJA_RENDER_ERROR, e.getMessage(), e.line, 1,
                    "Simplify the template: loops and output are bounded to keep compiles fast"));
            return new RenderResult("", session.references, session.variablesRead, session.problems);
        } catch (RuntimeException e) {
            // jinjava reports most failures as TemplateErrors; what escapes is still the template's fault, not ours.
            session.problems.add(new RenderProblem(DiagnosticCode.JINJA_RENDER_ERROR,
                    "cannot render the template: " + e.getMessage(), 1, 1, null));
            return new RenderResult("", session.references, session.variablesRead, session.problems);
        } finally {
            SESSION.remove();
        }
    }

    /**
     * What a bounded filter throws for a call that would exceed the render's budget: it stops the render (an Error,
     * so jinjava does not turn it into a template error) and is reported as {@code JINJA_RENDER_ERROR} at the line.
     */
    static Error overBudget(String message, JinjavaInterpreter interpreter) {
        return new RenderSession.BudgetExceeded(message, interpreter == null ? 1 : interpreter.getLineNumber());
    }

    /** The message of an over-budget stop somewhere in {@code failure}'s causes (jinjava wraps what filters throw). */
    static java.util.Optional<String> overBudgetIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RenderSession.BudgetExceeded) {
                return java.util.Optional.of(t.getMessage());
            }
        }
        return java.util.Optional.empty();
    }

    private static void beforeNode(Node node, JinjavaInterpreter interpreter) {
        RenderSession session = SESSION.get();
        if (session != null) {
            session.tick(node.getLineNumber());
        }
    }

    /** {@code source("name")}: the table of a source of this project. */
    public static String source(String name) {
        return record(TemplateReference.Kind.SOURCE, name);
    }

    /** {@code ref("name")} or {@code ref("project.model")}: the table of a model. */
    public static String ref(String name) {
        return record(TemplateReference.Kind.REF, name);
    }

    /** {@code var("name")} or {@code var("name", default)}. */
    public static Object var(String name, Object... defaults) {
        RenderSession session = SESSION.get();
        Position at = Position.current();
        if (session == null) {
            return "";
        }
        return session.var(name, defaults, at.line, at.column);
    }

    private static String record(TemplateReference.Kind kind, String name) {
        RenderSession session = SESSION.get();
        Position at = Position.current();
        if (name == null || name.isBlank()) {
            if (session != null) {
                session.problems.add(new RenderProblem(DiagnosticCode.JINJA_RENDER_ERROR,
                        kind.name().toLowerCase() + "() needs a name", at.line, at.column, null));
            }
            return "``";
        }
        if (session != null) {
            session.references.add(new TemplateReference(kind, name, at.line, at.column));
        }
        return "`" + TableNames.of(kind, name) + "`";
    }

    private record Position(int line, int column) {
        static Position current() {
            return JinjavaInterpreter.getCurrentMaybe()
                    .map(i -> new Position(Math.max(1, i.getLineNumber()), Math.max(1, i.getPosition())))
                    .orElse(new Position(1, 1));
        }
    }

    private static final ResourceLocator NO_RESOURCES = new ResourceLocator() {
        @Override
        public String getString(String fullName, Charset encoding, JinjavaInterpreter interpreter)
                throws java.io.IOException {
            throw new java.io.FileNotFoundException("templates cannot load files: " + fullName);
        }
    };

    /** Mutable state of one render, confined to the rendering thread. */
    private static final class RenderSession {
        final Map<String, Object> vars;
        final List<TemplateReference> references = new ArrayList<>();
        final Set<String> variablesRead = new java.util.TreeSet<>();
        final List<RenderProblem> problems = new ArrayList<>();
        final long deadlineNanos;
        final long maxNodes;
        long nodes;

        RenderSession(Map<String, Object> vars, RenderLimits limits) {
            this.vars = vars == null ? Map.of() : new HashMap<>(vars);
            this.deadlineNanos = System.nanoTime() + limits.maxRenderTime().toNanos();
            this.maxNodes = limits.maxNodes();
        }

        void tick(int line) {
            if (++nodes > maxNodes) {
                throw new BudgetExceeded("the template renders more than " + maxNodes + " nodes", line);
            }
            if ((nodes & 0xFF) == 0 && System.nanoTime() > deadlineNanos) {
                throw new BudgetExceeded("the template takes too long to render", line);
            }
        }

        Object var(String name, Object[] defaults, int line, int column) {
            variablesRead.add(name);
            if (vars.containsKey(name)) {
                return vars.get(name);
            }
            if (defaults != null && defaults.length > 0) {
                return defaults[0];
            }
            problems.add(new RenderProblem(DiagnosticCode.UNDEFINED_VARIABLE, "var('" + name + "') is not defined",
                    line, column, "Define it under vars: in stream_project.yml or an environment, pass var." + name
                            + "=... with the request, or give a default: var('" + name + "', 'value')"));
            return "";
        }

        /**
         * Stops a runaway render. An Error, not an exception: jinjava turns exceptions inside a node into template
         * errors and goes on with the next iteration, which would keep a loop of loops running.
         */
        static final class BudgetExceeded extends Error {
            private static final long serialVersionUID = 1L;
            final int line;

            BudgetExceeded(String message, int line) {
                super(message, null, false, false);
                this.line = Math.max(1, line);
            }
        }
    }
}
