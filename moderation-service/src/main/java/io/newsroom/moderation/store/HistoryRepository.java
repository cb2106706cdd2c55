package io.newsroom.moderation.store;

import io.newsroom.moderation.decision.HistoryLine;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class HistoryRepository implements PanacheRepositoryBase<HistoryEntry, UUID> {

    public List<HistoryEntry> of(UUID commentId) {
        return list("commentId = ?1 order by at, lineNo", commentId);
    }

    /** Who took the latest decision on a comment (a moderator's username, a rule, akismet, system). */
    public String lastActor(UUID commentId) {
        return find("commentId = ?1 and status is not null order by at desc, lineNo desc", commentId)
                .firstResultOptional().map(entry -> entry.actor).orElse(null);
    }

    public HistoryEntry record(UUID commentId, HistoryLine line, Instant at) {
        HistoryEntry e = new HistoryEntry();
        e.id = UUID.randomUUID();
        e.commentId = commentId;
        e.at = at;
        e.actorType = line.actorType();
        e.actor = line.actor();
        e.event = line.event();
        e.reason = line.reason();
        e.status = line.status();
        e.message = line.message();
        if (line.akismet() != null) {
            e.akismetVerdict = line.akismet().verdict() == null ? null : line.akismet().verdict().name();
            e.akismetGuid = line.akismet().guid();
            e.akismetProTip = line.akismet().proTip();
        }
        persist(e);
        return e;
    }
}
