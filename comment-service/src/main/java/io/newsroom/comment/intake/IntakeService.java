package io.newsroom.comment.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.comment.article.ArticleView;
import io.newsroom.comment.article.StoryCheck;
import io.newsroom.comment.problem.ProblemException;
import io.newsroom.comment.problem.Violation;
import io.newsroom.comment.store.Comment;
import io.newsroom.comment.store.CommentRepository;

/**
 * Taking a reply, in the order WordPress does it: the fields, then the story (asked of
 * article-service outside any transaction, so no connection is held while waiting), then the
 * thread, duplicate and flood checks and the insert.
 */
@ApplicationScoped
public class IntakeService {

    @Inject
    Validator validator;
    @Inject
    StoryCheck stories;
    @Inject
    CommentWriter writer;
    @Inject
    CommentRepository comments;
    @Inject
    MeterRegistry registry;

    /** The accepted counters, by honeypot (filled or not) and author (logged in or not): found once, not per reply. */
    private final Counter[] accepted = new Counter[4];

    @PostConstruct
    void counters() {
        for (int i = 0; i < accepted.length; i++) {
            accepted[i] = registry.counter("newsroom.comments.accepted", "honeypot", String.valueOf(i >= 2),
                    "author", i % 2 == 1 ? "logged-in" : "anonymous");
        }
    }

    public StoredComment submit(UUID articleId, CommentRequest request, Author author, ClientInfo client,
            String honeypotValue) {
        List<Violation> violations = new ArrayList<>();
        validator.validate(request).forEach(v -> violations.add(
                new Violation(v.getPropertyPath().toString(), v.getMessage())));
        CommentRules.check(author, request.content()).stream()
                .filter(v -> violations.stream().noneMatch(known -> known.field().equals(v.field())))
                .forEach(violations::add);
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Violation::field));
            throw ProblemException.invalid(violations);
        }
        ArticleView article = stories.openStory(articleId);
        StoredComment stored = writer.write(article, request, author, client, honeypotValue);
        accepted[(honeypotValue != null ? 2 : 0) + (author.loggedIn() ? 1 : 0)].increment();
        return stored;
    }

    public CommentStatusView status(UUID id, String token) {
        Comment comment = comments.findById(id);
        if (comment == null || !StatusTokens.matches(token, comment.statusTokenHash)) {
            // Same answer for a wrong token and an unknown id: the link is the only key.
            throw ProblemException.notFound("No comment status at this address.");
        }
        return new CommentStatusView(comment.id, comment.articleId, comment.status.name(), comment.authorName,
                comment.content, comment.parentId, comment.createdAt);
    }
}
