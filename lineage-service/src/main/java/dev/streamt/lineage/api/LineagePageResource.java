package dev.streamt.lineage.api;

import dev.streamt.lineage.catalog.LineageCatalog;
import dev.streamt.lineage.query.ProjectView;
import dev.streamt.lineage.service.LineageViews;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.SortedSet;

/**
 * The lineage page of a project: an interactive diagram (Graphviz in WebAssembly renders the DOT of the lineage API,
 * Panzoom pans and zooms, a click shows the node's details, SQL and columns). Every asset is served by this service
 * (the Viz.js and Panzoom webjars under {@code /_static/}, the page's own under {@code /lineage-assets/}): no CDN.
 */
@Path("/lineage")
public class LineagePageResource {

    private static final String PAGE = resource("lineage/page.html");
    private static final String INDEX = resource("lineage/index.html");
    private static final String VIZ_JS = "/_static/viz/" + webjarVersion("org.mvnpm.at.viz-js/viz")
            + "/dist/viz-global.js";
    private static final String PANZOOM_JS = "/_static/panzoom/" + webjarVersion("org.mvnpm.at.panzoom/panzoom")
            + "/dist/panzoom.min.js";

    @Inject
    LineageViews views;

    @Inject
    LineageCatalog catalog;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String index() {
        StringBuilder items = new StringBuilder();
        for (Map.Entry<String, SortedSet<String>> project : catalog.projects().entrySet()) {
            for (String environment : project.getValue()) {
                items.append("<li><a href=\"/lineage/").append(Html.attribute(project.getKey())).append("?env=")
                        .append(Html.attribute(environment)).append("\">").append(Html.text(project.getKey()))
                        .append("</a> <span class=\"env\">").append(Html.text(environment)).append("</span></li>\n");
            }
        }
        return INDEX.replace("{{items}}", items.length() == 0 ? "<li>No manifest received yet.</li>" : items);
    }

    @GET
    @Path("{project}")
    @Produces(MediaType.TEXT_HTML)
    public String page(@PathParam("project") String project, @QueryParam("env") String env) {
        ProjectView view = views.view(project, env);
        return PAGE.replace("{{project}}", Html.text(view.project()))
                .replace("{{project_attr}}", Html.attribute(view.project()))
                .replace("{{env}}", Html.text(view.environment()))
                .replace("{{env_attr}}", Html.attribute(view.environment()))
                .replace("{{viz_js}}", VIZ_JS)
                .replace("{{panzoom_js}}", PANZOOM_JS);
    }

    private static String resource(String name) {
        try (InputStream in = LineagePageResource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of a webjar on the classpath, from its Maven metadata, so the page follows the BOM's version. */
    private static String webjarVersion(String groupAndArtifact) {
        String path = "META-INF/maven/" + groupAndArtifact + "/pom.properties";
        try (InputStream in = LineagePageResource.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the webjar " + groupAndArtifact + " is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
