package io.newsroom.moderation.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one place where exceptions become RFC 9457 problem+json, identical in every Newsroom service (see
 * docs/contracts.md, "Errors"). Anything not foreseen is a 500 with no internals in the body, and a log line
 * with the stack for us: a 500 is a bug.
 */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    static final String CONCURRENT_CHANGE = "It was changed by someone else at the same time; reload it and try again.";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final java.time.Duration DATABASE_RETRY = java.time.Duration.ofSeconds(5);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e, instance(uri));
    }

    @ServerExceptionMapper
    public Response validation(ResteasyReactiveViolationException e, UriInfo uri) {
        return violations(e, uri);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        boolean ourAnswerIsWrong = e.getConstraintViolations().stream().anyMatch(v -> {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
        if (ourAnswerIsWrong) {
            return bug(e, uri);
        }
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .collect(Collectors.toList());
        return problem(ProblemException.invalid(violations), uri);
    }

    // Quarkus ships mappers for some Jackson subtypes and the closest type wins: every one is named here.
    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response json(StreamReadException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonParseException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonMappingException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response json(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response json(InvalidFormatException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    /** The token could not be verified (Keycloak unreachable, say): a denial, never a 500. */
    @ServerExceptionMapper
    public Response unauthorized(OIDCException e, UriInfo uri) {
        LOG.warnf("Token not verifiable: %s", e.getMessage());
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(ProblemException.forbidden("Your role does not allow this."), uri);
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return problem(ProblemException.conflict(CONCURRENT_CHANGE), uri);
    }

    @ServerExceptionMapper
    public Response concurrentChange(StaleStateException e, UriInfo uri) {
        return problem(ProblemException.conflict(CONCURRENT_CHANGE), uri);
    }

    /** Unknown resources (404), wrong methods (405), unsupported media types (415), unreadable parameters (400)… */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return bug(e, uri);
        }
        Response.StatusType info = e.getResponse().getStatusInfo();
        ProblemType type = ProblemType.forStatus(status, info == null ? null : info.getReasonPhrase());
        String detail = switch (status) {
            case 400 -> "A parameter of the request has the wrong type or format.";
            case 404 -> "There is nothing at " + instance(uri) + ".";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource answers application/json.";
            case 415 -> "Send the body as application/json.";
            default -> type.title() + ".";
        };
        return problem(new ProblemException(type, detail), uri);
    }

    @ServerExceptionMapper
    public Response bug(Throwable e, UriInfo uri) {
        if (databaseUnreachable(e)) {
            // PostgreSQL restarting or away: nothing was changed, and the same request will work in a moment.
            LOG.warnf("Database unreachable on %s: %s", instance(uri), e.getMessage());
            return problem(ProblemException.unavailable("The database is unavailable for a moment; nothing was changed. "
                    + "Try again shortly.", DATABASE_RETRY), uri);
        }
        if (noConnectionInTime(e)) {
            // Every pooled connection busy for longer than the acquisition timeout: a load peak, not a bug.
            LOG.warnf("No database connection free in time on %s", instance(uri));
            return problem(ProblemException.unavailable("Too busy for a moment; nothing was changed. Try again shortly.",
                    DATABASE_RETRY), uri);
        }
        LOG.errorf(e, "Unhandled error on %s", instance(uri));
        return problem(new ProblemException(ProblemType.INTERNAL, "Something went wrong on our side; it has been logged."),
                uri);
    }

    /** The answer for a refusal; also what {@link UnknownRoutes} sends, outside JAX-RS. */
    public static Response respond(ProblemException e, String instance) {
        ProblemType type = e.type();
        Response.ResponseBuilder builder = Response.status(type.status()).type(PROBLEM_JSON)
                .entity(body(e, instance));
        if (e.retryAfter() != null) {
            builder.header("Retry-After", Math.max(1, (long) Math.ceil(e.retryAfter().toMillis() / 1000.0)));
        }
        if (type.status() == 401) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }

    /** The problem document for a refusal answered outside JAX-RS (a Vert.x route). */
    public static Problem body(ProblemException e, String instance) {
        return new Problem(e.type().uri(), e.type().title(), e.type().status(), e.getMessage(), instance, e.violations());
    }

    private Response unauthorized(UriInfo uri) {
        return problem(new ProblemException(ProblemType.UNAUTHORIZED, "A valid bearer token is required."), uri);
    }

    /**
     * Malformed JSON is a {@code malformed-json} problem; JSON that parses but has a value of the wrong type (a
     * number where a UUID belongs) is a {@code validation} problem naming the field.
     */
    private Response unreadable(JsonProcessingException e, UriInfo uri) {
        boolean syntax = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            syntax |= t instanceof StreamReadException;
        }
        if (!syntax && e instanceof JsonMappingException mapping) {
            String field = fieldOf(mapping.getPath());
            if (!field.isEmpty()) {
                return problem(ProblemException.invalid(field, "has the wrong type or format"), uri);
            }
            return problem(ProblemException.malformedJson("The request body does not have the expected shape."), uri);
        }
        return problem(ProblemException.malformedJson("The request body is not valid JSON."), uri);
    }

    /**
     * A connection that could not be had or was cut (SQLState class 08), the server shutting down or starting up
     * (57P01-57P03).
     */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    /** Agroal's answer when no connection of the pool came free within its acquisition timeout. */
    static boolean noConnectionInTime(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
                    && sql.getMessage().startsWith("Sorry, acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    static String instance(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String fieldOf(List<JsonMappingException.Reference> refs) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /**
     * The field as the client wrote it: {@code create.request.sources[0].url} becomes {@code sources[0].url}, a
     * list element {@code disallowedKeys[1]}, a query parameter its own name ({@code size}).
     */
    static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        int start = 0;
        if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD) {
            start++;
        }
        // a body parameter's own name means nothing to the client once a property inside it is named
        if (nodes.size() > start + 1 && nodes.get(start).getKind() == ElementKind.PARAMETER) {
            start++;
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes.subList(start, nodes.size())) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
