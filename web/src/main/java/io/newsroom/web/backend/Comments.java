package io.newsroom.web.backend;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** comment-service as web uses it: threads to show, replies to forward, the status of one's own replies. */
@ApplicationScoped
public class Comments {

    static final String SERVICE = "comment-service";
    private static final Logger LOG = Logger.getLogger(Comments.class);

    @Inject
    @RestClient
    CommentApi api;

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = { NotFoundAtBackendException.class, RefusedException.class })
    public ThreadPage threads(UUID articleId, int page, int size) {
        try {
            return Answers.read(api.threads(articleId, page, size), ThreadPage.class, SERVICE);
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(SERVICE, e);
        }
    }

    /**
     * Forwards a reader's reply. Never retried: a reply must not be taken twice. A refusal comes back as a
     * {@link RefusedException} carrying comment-service's words.
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public ReplyReceipt reply(UUID articleId, ReplyRequest reply, String accessToken, Reader reader) {
        try (Response response = api.reply(articleId, reply, accessToken == null ? null : "Bearer " + accessToken,
                reader.ip(), reader.userAgent(), reader.referrer())) {
            if (response.getStatus() == 202) {
                return response.readEntity(ReplyReceipt.class);
            }
            if (response.getStatus() == 404 || response.getStatus() == 503) {
                // the story is gone, or comment-service could not ask article-service: its words, for the reader
                throw new RefusedException(response.getStatus(), Answers.problem(response), Answers.retryAfter(response));
            }
            throw Answers.failure(response, SERVICE);
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(SERVICE, e);
        }
    }

    /** The reader's own reply through its status link; empty when the link no longer answers (erased, or away). */
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    public Optional<OwnReply> own(UUID id, String token) {
        try (Response response = api.status(id, token)) {
            return response.getStatus() == 200 ? Optional.of(response.readEntity(OwnReply.class)) : Optional.empty();
        } catch (ProcessingException | FaultToleranceException e) {
            LOG.debugf("status of reply %s not available: %s", id, e.toString());
            return Optional.empty();
        }
    }

    /** Who is replying, as web saw them: comment-service trusts web to say it. */
    public record Reader(String ip, String userAgent, String referrer) {
    }
}
