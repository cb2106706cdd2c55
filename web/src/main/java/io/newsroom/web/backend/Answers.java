package io.newsroom.web.backend;

import jakarta.ws.rs.core.Response;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** What a service's HTTP status means for a page, in one place. */
final class Answers {

    private Answers() {
    }

    static <T> T read(Response response, Class<T> type, String service) {
        try (response) {
            int status = response.getStatus();
            if (status >= 200 && status < 300) {
                return response.readEntity(type);
            }
            throw failure(response, service);
        }
    }

    /** The exception for a non-2xx answer (the response is left open for the caller to close). */
    static RuntimeException failure(Response response, String service) {
        int status = response.getStatus();
        if (status == 401) {
            // the session's token was not accepted (expired, revoked): log in again
            return new UnauthorizedException();
        }
        if (status == 403) {
            return new ForbiddenException();
        }
        if (status == 404) {
            return new NotFoundAtBackendException(service + " has no such thing");
        }
        if (status >= 500 || status == 429 && !"comment-service".equals(service)) {
            return new BackendUnavailableException(service, new IllegalStateException("HTTP " + status));
        }
        return new RefusedException(status, problem(response), retryAfter(response));
    }

    static Problem problem(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(Problem.class) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Long retryAfter(Response response) {
        String value = response.getHeaderString("Retry-After");
        try {
            return value == null ? null : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
