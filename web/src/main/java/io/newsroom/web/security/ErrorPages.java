package io.newsroom.web.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.newsroom.web.backend.BackendUnavailableException;
import io.newsroom.web.backend.NotFoundAtBackendException;
import io.newsroom.web.backend.RefusedException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * The one place where failures become pages: plain words and a way on, never a stack trace. (A login
 * that is needed is not here: Quarkus sends the visitor to Keycloak and back.)
 */
public class ErrorPages {

    static final long RETRY_AFTER_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance error(ErrorView error);
    }

    @Inject
    Visitor visitor;

    @ServerExceptionMapper
    public Response notFound(NotFoundAtBackendException e) {
        return page(notFoundView());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        String who = visitor.loggedIn() ? "You are logged in as " + visitor.name() + ", and your account"
                : "Your account";
        return page(new ErrorView(403, "You cannot open this page",
                who + " does not have the role this page needs. The moderators' console is for moderators and "
                        + "administrators. If you should have access, ask an administrator.",
                "/logout", "Log out and log in as someone else"));
    }

    @ServerExceptionMapper
    public Response unavailable(BackendUnavailableException e) {
        LOG.warnf("a page could not be shown: %s", e.getMessage());
        return unavailablePage();
    }

    @ServerExceptionMapper
    public Response unavailable(FaultToleranceException e) {
        LOG.warnf("a page could not be shown: %s", e.toString());
        return unavailablePage();
    }

    @ServerExceptionMapper
    public Response refused(RefusedException e) {
        String detail = e.problem() != null && e.problem().detail() != null ? e.problem().detail()
                : "That could not be done.";
        return page(new ErrorView(e.status(), "That could not be done", detail, "/moderation", "Back to the moderation queue"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return page(notFoundView());
        }
        if (status >= 500) {
            return unexpected(e);
        }
        return page(forStatus(status));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("Unexpected failure while rendering a page", e);
        return page(forStatus(500));
    }

    static ErrorView notFoundView() {
        return new ErrorView(404, "Page not found", "There is no story or page at this address. It may have been "
                + "unpublished, or the address may be mistyped.", "/", "Go to the latest stories");
    }

    /** The page for a bare status (a refused form without its CSRF token, an unknown method, ...). */
    static ErrorView forStatus(int status) {
        return switch (status) {
            case 400 -> new ErrorView(400, "This form could not be accepted",
                    "The form was incomplete, or it expired, or it was not sent from this site (its security token "
                            + "was missing or wrong). Go back, reload the page and try again.",
                    "/", "Go to the latest stories");
            case 403 -> new ErrorView(403, "You cannot open this page", "Your account does not allow this.", "/",
                    "Go to the latest stories");
            case 404 -> notFoundView();
            case 405 -> new ErrorView(405, "Not allowed", "This page cannot be used that way.", "/",
                    "Go to the latest stories");
            case 503 -> unavailableView();
            default -> status >= 500
                    ? new ErrorView(500, "Something went wrong",
                            "Something went wrong on our side while showing this page. It has been logged; please try again in a moment.",
                            "/", "Go to the latest stories")
                    : new ErrorView(status, "This request could not be handled",
                            "The request was not understood (HTTP " + status + ").", "/", "Go to the latest stories");
        };
    }

    static ErrorView unavailableView() {
        return new ErrorView(503, "This page is not available right now",
                "Part of the site is not answering at the moment. Nothing you sent was lost; please try again in a "
                        + "few seconds.", "/", "Go to the latest stories");
    }

    private static Response unavailablePage() {
        return Response.fromResponse(page(unavailableView())).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    static Response page(ErrorView view) {
        return Response.status(view.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(Templates.error(view).render()).build();
    }

    static String render(ErrorView view) {
        return Templates.error(view).render();
    }
}
