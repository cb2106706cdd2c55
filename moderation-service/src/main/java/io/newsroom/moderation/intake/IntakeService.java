package io.newsroom.moderation.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.moderation.akismet.AkismetConfig;
import io.newsroom.moderation.akismet.AkismetForm;
import io.newsroom.moderation.checks.CheckDue;
import io.newsroom.moderation.decision.CheckPlan;
import io.newsroom.moderation.decision.CommentStatus;
import io.newsroom.moderation.decision.Input;
import io.newsroom.moderation.outcome.DecisionRunner;
import io.newsroom.moderation.outcome.OutcomeWriter;
import io.newsroom.moderation.privacy.Tombstones;
import io.newsroom.moderation.store.ModeratedComment;
import io.newsroom.moderation.store.ModeratedCommentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Takes in comment.submitted: stores our copy, and the decider sees it for the first time. */
@ApplicationScoped
public class IntakeService {

    public enum Outcome { DUPLICATE, REPEATED, DECIDED, AWAITING_AKISMET, ERASED }

    @Inject
    ModeratedCommentRepository comments;
    @Inject
    DecisionRunner decisions;
    @Inject
    OutcomeWriter writer;
    @Inject
    AkismetConfig akismet;
    @Inject
    ObjectMapper mapper;
    @Inject
    Event<CheckDue> checkDue;
    @Inject
    Tombstones tombstones;

    @Transactional
    public Outcome accept(CommentSubmitted e) {
        return acceptAll(List.of(e)).get(0);
    }

    /**
     * Several events in one transaction (one commit for all; the consumer acknowledges each only after it), each
     * with the outcome it would have alone. An event that repeats one earlier in the same batch is a duplicate.
     */
    @Transactional
    public List<Outcome> acceptAll(List<CommentSubmitted> events) {
        Map<String, Long> buried = tombstones.lockAndFind(events.stream()
                .flatMap(e -> Tombstones.hashes(e.authorEmail(), e.authorSubject()).stream()).toList());
        Map<UUID, ModeratedComment> known = new HashMap<>(comments.findAll(events.stream().map(CommentSubmitted::commentId).toList()));
        List<Outcome> outcomes = new ArrayList<>(events.size());
        boolean due = false;
        for (CommentSubmitted e : events) {
            if (Tombstones.erased(buried, e.authorEmail(), e.authorSubject(), e.submittedAt())) {
                // its author was erased after writing it: the event was still on its way, and must not bring them back
                outcomes.add(Outcome.ERASED);
                continue;
            }
            ModeratedComment k = known.get(e.commentId());
            if (k != null) {
                outcomes.add(again(e, k));
                continue;
            }
            ModeratedComment c = store(e);
            known.put(c.id, c);
            io.newsroom.moderation.decision.Outcome outcome = decisions.run(c, new Input.FirstSight());
            if (outcome.check() instanceof CheckPlan.Ask) {
                // exactly what Akismet gets is kept, to be sent again with submit-spam/submit-ham
                c.asSubmitted = json(AkismetForm.asSubmitted(c, akismet));
                c.asSubmittedAt = c.receivedAt;
                due = true;
            }
            outcomes.add(outcome.decision().isPresent() ? Outcome.DECIDED : Outcome.AWAITING_AKISMET);
        }
        if (due) {
            checkDue.fire(new CheckDue());
        }
        return outcomes;
    }

    private Outcome again(CommentSubmitted e, ModeratedComment known) {
        // A redelivery or a re-send: the same comment, nothing changes here. But comment-service re-sends a
        // comment only while it has seen no decision; if we have decided, our decision was lost on its way
        // (a crash, a broker cut), so say it again, with the same decisionSeq: applied there at most once.
        if (e.resent() && known.decisionSeq > 0) {
            writer.repeatLatest(known);
            return Outcome.REPEATED;
        }
        return Outcome.DUPLICATE;
    }

    private ModeratedComment store(CommentSubmitted e) {
        ModeratedComment c = new ModeratedComment();
        c.id = e.commentId();
        c.articleId = e.articleId();
        c.parentId = e.parentId();
        c.permalink = cut(e.permalink(), 2000);
        c.articlePublishedAt = e.articlePublishedAt();
        c.articleModifiedAt = e.articleModifiedAt();
        c.articleTags = e.articleTags() == null ? null : String.join("\n", e.articleTags());
        c.authorName = cut(e.authorName(), 255);
        c.authorEmail = cut(e.authorEmail(), 255);
        c.authorUrl = cut(e.authorUrl(), 2000);
        c.content = e.content();
        c.userIp = cut(e.userIp(), 64);
        c.userAgent = cut(e.userAgent(), 1000);
        c.referrer = cut(e.referrer(), 2000);
        c.commentType = e.commentType() == null || e.commentType().isBlank()
                ? (e.parentId() == null ? "comment" : "reply") : e.commentType();
        c.authorSubject = e.authorSubject();
        c.authorRoles = e.authorRoles() == null ? null : String.join(",", e.authorRoles());
        c.honeypotFieldName = cut(e.honeypotFieldName(), 255);
        c.honeypotValue = e.honeypotValue();
        c.submittedAt = e.submittedAt();
        c.receivedAt = Instant.now();
        c.status = CommentStatus.PENDING;
        comments.persist(c);
        return c;
    }

    /** Our copy must fit our columns whatever comment-service sends: cut rather than dead-letter. */
    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private String json(Map<String, List<String>> form) {
        try {
            return mapper.writeValueAsString(form);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
