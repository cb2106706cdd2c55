package io.newsroom.web.backend;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * moderation-service, called with the moderator's own access token: every role check stays there, and a
 * 403 from it is the visitor's 403 page.
 */
@ApplicationScoped
public class Moderation {

    static final String SERVICE = "moderation-service";

    @Inject
    @RestClient
    ModerationApi api;

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public QueuePage queue(String token, String status, String q, int page, int size) {
        try {
            return Answers.read(api.queue(bearer(token), status, q, page, size), QueuePage.class, SERVICE);
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(SERVICE, e);
        }
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public CommentDetail detail(String token, UUID id) {
        try {
            return Answers.read(api.detail(bearer(token), id), CommentDetail.class, SERVICE);
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(SERVICE, e);
        }
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public void act(String token, UUID id, String action) {
        try {
            Answers.read(api.act(bearer(token), id, action), String.class, SERVICE);
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(SERVICE, e);
        }
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    public BulkResult bulk(String token, String action, List<UUID> ids) {
        try {
            return Answers.read(api.bulk(bearer(token), new ModerationApi.BulkRequest(action, ids)), BulkResult.class,
                    SERVICE);
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(SERVICE, e);
        }
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public RecheckResult recheck(String token) {
        try {
            return Answers.read(api.recheck(bearer(token)), RecheckResult.class, SERVICE);
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(SERVICE, e);
        }
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public ModerationSettings settings(String token) {
        try {
            return Answers.read(api.settings(bearer(token)), ModerationSettings.class, SERVICE);
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(SERVICE, e);
        }
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public ModerationSettings saveSettings(String token, ModerationSettings settings) {
        try {
            return Answers.read(api.saveSettings(bearer(token), settings), ModerationSettings.class, SERVICE);
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(SERVICE, e);
        }
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
