package io.newsroom.comment.problem;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;

/** Paths no resource serves still answer problem+json, not Vert.x' plain-text 404. */
@Singleton
public class UnknownRoutes {

    void register(@Observes Router router) {
        router.route().last().handler(ctx -> {
            String path = ctx.normalizedPath();
            ProblemException notFound = ProblemException.notFound("There is nothing at " + path + ".");
            ctx.response().setStatusCode(404)
                    .putHeader("Content-Type", ProblemMapper.PROBLEM_JSON)
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .end(Json.encode(ProblemMapper.body(notFound, path)));
        });
    }
}
