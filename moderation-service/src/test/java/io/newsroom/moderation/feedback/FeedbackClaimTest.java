package io.newsroom.moderation.feedback;

import io.newsroom.moderation.decision.AkismetVerdict;
import io.newsroom.moderation.store.ModeratedCommentRepository;
import io.newsroom.moderation.support.Broker;
import io.newsroom.moderation.support.Comments;
import io.newsroom.moderation.support.Simulator;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Feedback senders of several replicas split the tasks: two claimers here race each other and the service's own
 * sender (which starts as soon as the tasks commit), and every task is handed to exactly one of the three.
 */
@QuarkusTest
class FeedbackClaimTest {

    @Inject
    FeedbackRepository feedback;
    @Inject
    ModeratedCommentRepository comments;

    @Test
    void concurrentClaimsNeverHandOutTheSameTaskTwice() throws Exception {
        Broker.listen();
        String run = UUID.randomUUID().toString();
        Map<UUID, String> contentByComment = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            String content = "A reply to report, number " + i + " of claim run " + run;
            contentByComment.put(UUID.fromString(Comments.send(Comments.event("Claim Reader " + i, content))), content);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> contentByComment.keySet().stream().allMatch(id -> Comments.status(id.toString()) != null));
        Map<UUID, String> contentOf = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (UUID comment : contentByComment.keySet()) {
                // the as-submitted copy, as a moderator's "spam" would queue it
                feedback.add(comment, AkismetVerdict.SPAM, "claim-test", comments.findById(comment).asSubmitted, Instant.now().minusSeconds(60));
            }
            feedback.list("reporter = ?1 and commentId in ?2", "claim-test", List.copyOf(contentByComment.keySet()))
                    .forEach(t -> contentOf.put(t.id, contentByComment.get(t.commentId)));
        });
        assertEquals(40, contentOf.size());

        Instant lease = Instant.now().plusSeconds(600);
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<List<FeedbackRepository.Due>> a = CompletableFuture.supplyAsync(() -> claim(together, lease));
        CompletableFuture<List<FeedbackRepository.Due>> b = CompletableFuture.supplyAsync(() -> claim(together, lease));
        List<Set<UUID>> claims = List.of(ids(a.get(), contentOf), ids(b.get(), contentOf), ids(feedback.claimDue(1_000, lease), contentOf));

        // What our claimers did not get, the service's sender got and sent: once each.
        Set<UUID> claimedHere = new HashSet<>();
        claims.forEach(claimedHere::addAll);
        assertEquals(claims.stream().mapToInt(Set::size).sum(), claimedHere.size(), "no task handed out twice: " + claims);
        await().atMost(Duration.ofSeconds(30)).until(() -> contentOf.keySet().stream().filter(id -> !claimedHere.contains(id))
                .allMatch(id -> sent(contentOf.get(id)) == 1));
        for (UUID id : claimedHere) {
            assertEquals(0, sent(contentOf.get(id)), "a task claimed by another replica is not sent by this one");
        }
        assertEquals(Set.of(), ids(feedback.claimDue(1_000, lease), contentOf), "leased tasks are not handed out again");
        System.out.printf("feedback claims: %s here, %d by the service's sender, 0 twice%n",
                claims.stream().map(Set::size).toList(), contentOf.size() - claimedHere.size());
    }

    private static long sent(String content) {
        return Simulator.requests("/1.1/submit-spam", "comment_content", content).size();
    }

    private List<FeedbackRepository.Due> claim(CyclicBarrier together, Instant lease) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return feedback.claimDue(15, lease);
    }

    private static Set<UUID> ids(List<FeedbackRepository.Due> claimed, Map<UUID, String> ours) {
        Set<UUID> ids = new HashSet<>();
        claimed.stream().map(FeedbackRepository.Due::id).filter(ours::containsKey).forEach(ids::add);
        return ids;
    }
}
