package dev.streamt.compiler.api;

import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.runtime.http.Problem;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Refuses an upload announced larger than the limit before a byte of it is read, with the same problem the reader
 * gives: a 50 MB project costs a header, not 50 MB of memory. (Uploads without a Content-Length are cut by the HTTP
 * layer's own body limit, {@code quarkus.http.limits.max-body-size}.)
 */
@ApplicationScoped
public class UploadSizeGuard {

    @Inject
    UploadLimits limits;

    void install(@Observes Router router) {
        router.route().order(-100).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (ctx.request().method() == HttpMethod.POST && ctx.request().path().startsWith("/api/v1/")
                    && length != null && tooLarge(length)) {
                Problem problem = ProjectUploadReader.tooLargeProblem(limits.limits(),
                        "The upload is " + length + " bytes; the limit is " + limits.maxBodyBytes() + " bytes.")
                        .at(ctx.request().path());
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(StreamtJson.toJson(problem));
                return;
            }
            ctx.next();
        });
    }

    private boolean tooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > limits.maxBodyBytes();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
