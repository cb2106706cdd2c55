package io.newsroom.article.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.newsroom.article.problem.ProblemException;
import io.newsroom.article.problem.ProblemMapper;
import io.newsroom.article.problem.ProblemType;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;

/**
 * A body larger than quarkus.http.limits.max-body-size is refused from its Content-Length, before a byte of it
 * is read or parsed, with the same problem+json as every other refusal (Quarkus' own check, which runs right
 * after this one, would answer an empty 413).
 */
@ApplicationScoped
public class BodyLimit {

    /** Just before Quarkus' upload limit (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT = -2). */
    static final int ORDER = -3;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        String detail = "The request body is larger than this service takes (" + limit / 1024 + " KB).";
        router.route().order(ORDER).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && tooLarge(length, limit)) {
                ctx.response().setStatusCode(413)
                        .putHeader("Content-Type", ProblemMapper.PROBLEM_JSON)
                        .putHeader("Connection", "close")
                        .end(Json.encode(ProblemMapper.body(new ProblemException(ProblemType.CONTENT_TOO_LARGE, detail),
                                ctx.normalizedPath())));
                return;
            }
            ctx.next();
        });
    }

    static boolean tooLarge(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.strip()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }
}
