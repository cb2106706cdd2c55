package io.newsroom.article.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.newsroom.article.publishing.WorkflowException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every error this service answers is RFC 9457 problem+json, whatever raised it: our own refusals,
 * Bean Validation, unreadable JSON, security, JAX-RS and, as a last resort, bugs (500, logged).
 */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final String CONCURRENT_CHANGE = "The story was changed by someone else at the same time; reload it and try again.";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response workflow(WorkflowException e, UriInfo uri) {
        Problem problem = switch (e.kind()) {
            case WRONG_STATE -> new Problem("about:blank", "Conflict", 409, e.getMessage(), path(uri), null);
            case NOT_PERMITTED -> new Problem("about:blank", "Forbidden", 403, e.getMessage(), path(uri), null);
            case STALE -> new Problem("about:blank", "Precondition Failed", 412, e.getMessage(), path(uri), null);
            case INVALID -> new Problem("about:blank", "Bad Request", 400, e.field() + ": " + e.getMessage(), path(uri),
                    List.of(new Problem.Violation(e.field(), e.getMessage())));
        };
        return respond(problem);
    }

    @ServerExceptionMapper
    public Response validation(ResteasyReactiveViolationException e, UriInfo uri) {
        boolean ourBug = e.getConstraintViolations().stream().anyMatch(v -> {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
        if (ourBug) {
            return bug(e, uri);
        }
        return violations(e, uri);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
        return respond(new Problem("about:blank", "Bad Request", 400, detail, path(uri), violations));
    }

    @ServerExceptionMapper
    public Response unreadableInput(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return respond(Problem.of(409, "Conflict", CONCURRENT_CHANGE));
    }

    @ServerExceptionMapper
    public Response concurrentChange(StaleStateException e, UriInfo uri) {
        return respond(Problem.of(409, "Conflict", CONCURRENT_CHANGE));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    /** The token could not be verified (Keycloak unreachable, say): a denial, never a 500. */
    @ServerExceptionMapper
    public Response unverifiable(OIDCException e, UriInfo uri) {
        LOG.warnf("Token not verifiable: %s", e.getMessage());
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem("about:blank", "Forbidden", 403, "Your role does not allow this.", path(uri), null));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        if (status >= 500) {
            return bug(e, uri);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "Error";
        String detail = switch (status) {
            case 404 -> "Nothing here: " + path(uri);
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource answers application/json.";
            case 415 -> "Send application/json.";
            case 400 -> "The request is not readable: a value has the wrong type or the body is not valid JSON.";
            default -> e.getMessage();
        };
        return respond(new Problem("about:blank", title, status, detail, path(uri), null));
    }

    @ServerExceptionMapper
    public Response bug(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unhandled error on %s", path(uri));
        return respond(new Problem("about:blank", "Internal Server Error", 500,
                "Something went wrong on our side; it has been logged.", path(uri), null));
    }

    private Response unreadable(JsonProcessingException e, UriInfo uri) {
        boolean syntax = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            syntax |= t instanceof com.fasterxml.jackson.core.JsonParseException;
        }
        String field = !syntax && e instanceof JsonMappingException mapping ? fieldOf(mapping.getPath()) : "";
        if (!field.isEmpty()) {
            return respond(new Problem("about:blank", "Bad Request", 400, field + ": wrong type or unreadable value",
                    path(uri), List.of(new Problem.Violation(field, "wrong type or unreadable value"))));
        }
        return respond(new Problem("about:blank", "Bad Request", 400, "The request body is not valid JSON.", path(uri), null));
    }

    private Response unauthorized(UriInfo uri) {
        return Response.status(401)
                .header("WWW-Authenticate", "Bearer")
                .type(PROBLEM_JSON)
                .entity(new Problem("about:blank", "Unauthorized", 401, "A valid bearer token is required.", path(uri), null))
                .build();
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem).build();
    }

    private static String path(UriInfo uri) {
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

    /** "create.request.sources[0].url" → "sources[0].url": the method and parameter names mean nothing to a client. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        String path = violation.getPropertyPath().toString();
        int skip = 0;
        if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD) {
            skip++;
            // A body parameter's own name is noise once a property inside it is named; a query parameter's is the field.
            if (nodes.size() > 2 && nodes.get(1).getKind() == ElementKind.PARAMETER) {
                skip++;
            }
        }
        for (int i = 0; i < skip; i++) {
            String name = nodes.get(i).toString();
            path = path.startsWith(name + ".") ? path.substring(name.length() + 1) : path;
        }
        return path.replace(".<list element>", "").replace("<list element>", "");
    }
}
