package io.newsroom.comment.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonMappingException;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one place where exceptions become RFC 9457 problem+json. Anything not foreseen is a 500
 * with no internals in the body (and a log line for us).
 */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPE_BASE = "https://newsroom.example.org/problems/";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder builder = Response.status(e.status())
                .type(PROBLEM_JSON)
                .entity(new Problem(TYPE_BASE + e.slug(), e.title(), e.status(), e.getMessage(), path(uri),
                        e.violations()));
        if (e.retryAfter() != null) {
            builder.header("Retry-After", Math.max(1, (long) Math.ceil(e.retryAfter().toMillis() / 1000.0)));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(leaf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .collect(Collectors.toList());
        return problem(ProblemException.invalid(violations), uri);
    }

    // Quarkus ships mappers for these Jackson subtypes; the closest type wins, so name them here.
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return badJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(StreamReadException e, UriInfo uri) {
        return badJson(e, uri);
    }

    /** Malformed JSON and wrong types (a number where a UUID belongs) are the client's fault. */
    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return problem(ProblemException.invalid(field, "has the wrong type or format"), uri);
        }
        return problem(new ProblemException(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON.", null, null), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        Response response = problem(new ProblemException(401, "unauthorized", "Unauthorized",
                "A valid bearer token is required.", null, null), uri);
        return Response.fromResponse(response).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(null, uri);
    }

    /** The token could not be verified (Keycloak unreachable, say): a denial, never a 500. */
    @ServerExceptionMapper
    public Response oidc(OIDCException e, UriInfo uri) {
        LOG.warnf("Token not verifiable: %s", e.getMessage());
        return unauthorized(null, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(new ProblemException(403, "forbidden", "Forbidden",
                "Your role does not allow this.", null, null), uri);
    }

    /** Unknown routes (404), wrong methods (405), unsupported media types (415) and the like. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType type = e.getResponse().getStatusInfo();
        String title = type != null && type.getReasonPhrase() != null ? type.getReasonPhrase() : "Error";
        String detail = status == 404 ? "No such resource." : title + ".";
        return problem(new ProblemException(status, slug(title), title, detail, null, null), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return problem(new ProblemException(500, "internal", "Internal error",
                "Something went wrong on our side.", null, null), uri);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static String leaf(ConstraintViolation<?> v) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : v.getPropertyPath()) {
            names.add(node.getName());
        }
        // submit.request.email -> email: the client knows the JSON field, not our method names
        return names.isEmpty() ? "body" : names.get(names.size() - 1);
    }
}
