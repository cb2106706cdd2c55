package io.newsroom.comment.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.comment.config.CommentConfig;
import io.newsroom.comment.events.Outbox;
import io.newsroom.comment.events.OutboxEvent;
import io.newsroom.comment.events.OutboxRepository;
import io.newsroom.comment.problem.ProblemException;
import io.newsroom.comment.store.Comment;
import io.newsroom.comment.store.CommentRepository;
import io.newsroom.comment.store.SecureIds;
import io.newsroom.comment.thread.ThreadCache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Exports and erasures of one person, across services, each one recorded. comment-service owns the request: an
 * erasure is stored, done here in the same transaction, and travels to moderation-service as
 * privacy.erasure-requested through the outbox; its privacy.erasure-done closes the record. Erasure keeps each
 * comment's row, status and place in the thread (replies to it stay readable, under a "deleted" placeholder) but
 * removes the content and every piece of personal data, also from any event still waiting in the outbox.
 */
@ApplicationScoped
public class PrivacyService {

    private static final Logger LOG = Logger.getLogger(PrivacyService.class);
    public static final String COMMENT_SERVICE = "comment-service";
    public static final String MODERATION_SERVICE = "moderation-service";

    @Inject
    CommentRepository comments;
    @Inject
    OutboxRepository outbox;
    @Inject
    Outbox events;
    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;
    @Inject
    CommentConfig config;
    @Inject
    Event<ThreadCache.Changed> publicChange;
    @RestClient
    ModerationPrivacyClient moderation;

    List<Comment> of(PersonRef person, Instant upTo) {
        return person.byEmail()
                ? comments.list("lower(authorEmail) = lower(?1) and createdAt <= ?2 order by createdAt", person.email(), upTo)
                : comments.list("authorSubject = ?1 and createdAt <= ?2 order by createdAt", person.subject(), upTo);
    }

    @Transactional
    public PrivacyRequestView erase(PersonRef person, String requestedBy, boolean selfService) {
        Instant now = clock.instant();
        PrivacyRequest request = newRequest(PrivacyRequest.ERASURE, person, requestedBy, selfService, now);
        List<Comment> found = of(person, now);
        long outboxRows = 0;
        for (Comment c : found) {
            outboxRows += outbox.delete("commentId = ?1 and eventType = ?2", c.id, OutboxEvent.SUBMITTED);
            c.deleted = true;
            c.content = "";
            c.authorName = null;
            c.authorEmail = null;
            c.authorUrl = null;
            c.authorSubject = null;
            c.authorRoles = null;
            c.userIp = null;
            c.userAgent = null;
            c.referrer = null;
            c.honeypotValue = null;
            c.statusTokenHash = null;
            c.updatedAt = now;
            publicChange.fire(new ThreadCache.Changed(c.articleId));
        }
        ObjectNode result = mapper.createObjectNode().put("comments", found.size()).put("outboxEvents", outboxRows)
                .put("finishedAt", now.toString());
        request.commentResult = result.toString();
        request.commentDoneAt = now;
        request.persist();
        events.privacy(request.id, io.newsroom.comment.events.OutboxEvent.ERASURE_REQUESTED,
                new ErasureRequestedEvent(request.id, person.by(), request.personHash, now));
        LOG.infof("erasure request %s: %d comments erased here, sent on to %s", request.id, found.size(), MODERATION_SERVICE);
        return view(request);
    }

    /** moderation-service's confirmation; a repeated one changes nothing. */
    @Transactional
    public boolean erasureDone(ErasureDoneEvent done) {
        PrivacyRequest request = PrivacyRequest.findById(done.requestId());
        if (request == null || !PrivacyRequest.ERASURE.equals(request.kind)) {
            return false;
        }
        if (request.moderationDoneAt == null) {
            ObjectNode result = mapper.createObjectNode();
            result.put("comments", done.comments() == null ? 0 : done.comments());
            result.put("historyLines", done.historyLines() == null ? 0 : done.historyLines());
            result.put("akismetFeedback", done.akismetFeedback() == null ? 0 : done.akismetFeedback());
            result.put("asSubmittedCopies", Boolean.TRUE.equals(done.asSubmittedCopies()));
            Instant at = done.finishedAt() == null ? clock.instant() : done.finishedAt();
            result.put("finishedAt", at.toString());
            request.moderationResult = result.toString();
            request.moderationDoneAt = at;
            request.status = PrivacyRequest.DONE;
            request.finishedAt = request.commentDoneAt.isAfter(at) ? request.commentDoneAt : at;
        }
        return true;
    }

    /** One document with all we hold about the person, here and in moderation-service (asked with the caller's token). */
    public ObjectNode export(PersonRef person, String requestedBy, boolean selfService, String bearer) {
        Instant now = clock.instant();
        ObjectNode doc = mapper.createObjectNode();
        ObjectNode about = doc.putObject("person");
        about.put("by", person.by());
        about.put(person.by(), person.byEmail() ? person.email() : person.subject());
        doc.put("exportedAt", now.toString());
        ObjectNode services = doc.putObject("services");
        List<PersonalComment> mine = QuarkusTransaction.requiringNew().call(() -> of(person, now).stream()
                .map(PrivacyService::personal).toList());
        ObjectNode here = services.putObject(COMMENT_SERVICE);
        here.put("count", mine.size());
        here.set("comments", mapper.valueToTree(mine));
        JsonNode theirs;
        try {
            theirs = selfService ? moderation.mine(bearer) : moderation.export(bearer, person);
        } catch (RuntimeException e) {
            LOG.warnf("export: %s did not answer (%s)", MODERATION_SERVICE, e.toString());
            record(PrivacyRequest.EXPORT, person, requestedBy, selfService, now, PrivacyRequest.FAILED,
                    mapper.createObjectNode().put("comments", mine.size()).put("finishedAt", now.toString()), null);
            throw ProblemException.unavailable(MODERATION_SERVICE + " cannot answer now, so the export would be incomplete; "
                    + "try again shortly.", Duration.ofSeconds(30));
        }
        services.set(MODERATION_SERVICE, theirs);
        Instant done = clock.instant();
        PrivacyRequest r = record(PrivacyRequest.EXPORT, person, requestedBy, selfService, now, PrivacyRequest.DONE,
                mapper.createObjectNode().put("comments", mine.size()).put("finishedAt", done.toString()),
                mapper.createObjectNode().put("comments", theirs.path("count").asInt()).put("finishedAt", done.toString()));
        doc.put("requestId", r.id.toString());
        return doc;
    }

    private PrivacyRequest record(String kind, PersonRef person, String requestedBy, boolean self, Instant at, String status,
            ObjectNode commentResult, ObjectNode moderationResult) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PrivacyRequest r = newRequest(kind, person, requestedBy, self, at);
            r.status = status;
            r.commentResult = commentResult.toString();
            r.commentDoneAt = clock.instant();
            if (moderationResult != null) {
                r.moderationResult = moderationResult.toString();
                r.moderationDoneAt = r.commentDoneAt;
                r.finishedAt = r.commentDoneAt;
            }
            r.persist();
            return r;
        });
    }

    private PrivacyRequest newRequest(String kind, PersonRef person, String requestedBy, boolean self, Instant at) {
        PrivacyRequest r = new PrivacyRequest();
        r.id = SecureIds.uuid();
        r.kind = kind;
        r.personBy = person.by();
        r.personHash = person.hash();
        r.requestedBy = requestedBy;
        r.selfService = self;
        r.requestedAt = at;
        r.status = PrivacyRequest.IN_PROGRESS;
        return r;
    }

    @Transactional
    public PrivacyRequestView find(UUID id) {
        PrivacyRequest r = PrivacyRequest.findById(id);
        if (r == null) {
            throw ProblemException.notFound("There is no privacy request " + id + ".");
        }
        return view(r);
    }

    @Transactional
    public PrivacyRequestPage list(int page, int size) {
        var query = PrivacyRequest.<PrivacyRequest>find("order by requestedAt desc, id");
        List<PrivacyRequestView> items = query.page(page, size).list().stream().map(this::view).toList();
        return new PrivacyRequestPage(page, size, query.count(), items);
    }

    PrivacyRequestView view(PrivacyRequest r) {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        services.put(COMMENT_SERVICE, json(r.commentResult));
        services.put(MODERATION_SERVICE, json(r.moderationResult));
        return new PrivacyRequestView(r.id, r.kind, r.personBy, r.personHash, r.requestedBy, r.selfService, r.requestedAt,
                r.status, services, r.finishedAt);
    }

    private JsonNode json(String text) {
        if (text == null) {
            return mapper.createObjectNode().put("status", "PENDING");
        }
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static PersonalComment personal(Comment c) {
        return new PersonalComment(c.id, c.articleId, c.parentId, c.status.name(), c.authorName, c.authorEmail,
                c.authorUrl, c.authorSubject, c.content, c.userIp, c.userAgent, c.referrer, c.permalink, c.createdAt,
                c.deleted);
    }

    /**
     * Purges spam and discarded replies older than the spam retention and trashed ones older than the trash
     * retention (by when they last changed status), one statement, so replicas running it at once never take a row
     * twice. A reply others answered stays (its replies hang on it), as the thread needs.
     */
    @Transactional
    public int purgeUnwanted() {
        Instant now = clock.instant();
        return comments.getEntityManager().createNativeQuery("delete from comment c where "
                + "((c.status in ('SPAM', 'DISCARDED') and c.updated_at < ?1) or (c.status = 'TRASH' and c.updated_at < ?2)) "
                + "and not exists (select 1 from comment r where r.parent_id = c.id)")
                .setParameter(1, now.minus(config.spamRetention())).setParameter(2, now.minus(config.trashRetention()))
                .executeUpdate();
    }

    /** Removes IPs, user agents and referrers older than the retention; returns how many comments it touched. */
    @Transactional
    public int forgetOldAddresses() {
        return comments.update("userIp = null, userAgent = null, referrer = null where createdAt < ?1"
                + " and (userIp is not null or userAgent is not null or referrer is not null)", clock.instant().minus(config.ipRetention()));
    }
}
