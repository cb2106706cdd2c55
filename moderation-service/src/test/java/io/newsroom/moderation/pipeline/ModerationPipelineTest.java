package io.newsroom.moderation.pipeline;

import io.newsroom.moderation.pipeline.steps.ApproveStep;
import io.newsroom.moderation.pipeline.steps.DisallowedStep;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class ModerationPipelineTest {

    static CommentFacts guest(String content, AkismetOutcome akismet) {
        return new CommentFacts("Reader", "reader@example.com", null, content, "203.0.113.7", "Firefox", false,
                Set.of(), false, false, akismet);
    }

    static RuleSettings settings(List<String> disallowed) {
        return new RuleSettings(disallowed, List.of(), 2, false, false, true);
    }

    final ModerationPipeline pipeline = ModerationPipeline.standard();

    @Test
    void disallowedWordsTrashBeforeAkismetIsAsked() {
        PipelineResult r = pipeline.run(guest("cheap casino here", AkismetOutcome.NOT_ASKED), settings(List.of("casino")));
        StepDecision d = assertInstanceOf(PipelineResult.Decided.class, r).decision();
        assertEquals(CommentStatus.TRASH, d.status());
        assertEquals("rule:disallowed", d.reason());
    }

    @Test
    void staffAreApprovedWithoutAskingAkismet() {
        CommentFacts editor = new CommentFacts("Alice", "alice@example.com", null, "Thanks", "10.0.0.1", "UA", true,
                Set.of("editor"), false, false, AkismetOutcome.NOT_ASKED);
        StepDecision d = assertInstanceOf(PipelineResult.Decided.class, pipeline.run(editor, settings(List.of()))).decision();
        assertEquals(CommentStatus.APPROVED, d.status());
        assertEquals("rule:staff", d.reason());
    }

    @Test
    void anUncheckedGuestCommentAsksAkismetFirst() {
        assertInstanceOf(PipelineResult.AskAkismet.class, pipeline.run(guest("Good read", AkismetOutcome.NOT_ASKED), settings(List.of())));
    }

    @Test
    void akismetSpamBeatsTheHoldRulesAndHamLetsThemHold() {
        String threeLinks = "see https://a.example https://b.example https://c.example";
        StepDecision spam = ((PipelineResult.Decided) pipeline.run(guest(threeLinks,
                new AkismetOutcome.Verdict(true, false, "g")), settings(List.of()))).decision();
        assertEquals(CommentStatus.SPAM, spam.status());

        StepDecision held = ((PipelineResult.Decided) pipeline.run(guest(threeLinks,
                new AkismetOutcome.Verdict(false, false, "g")), settings(List.of()))).decision();
        assertEquals(CommentStatus.PENDING, held.status());
        assertEquals("rule:links>2", held.reason());
        assertEquals("held: 3 links", held.message());
    }

    @Test
    void akismetHamApprovesAndNoKeyLetsTheRulesApprove() {
        StepDecision ham = ((PipelineResult.Decided) pipeline.run(guest("Good read",
                new AkismetOutcome.Verdict(false, false, "g")), settings(List.of()))).decision();
        assertEquals(CommentStatus.APPROVED, ham.status());
        assertEquals(DecidedBy.AKISMET, ham.decidedBy());

        StepDecision rules = ((PipelineResult.Decided) pipeline.run(guest("Good read", AkismetOutcome.DISABLED),
                settings(List.of()))).decision();
        assertEquals(CommentStatus.APPROVED, rules.status());
        assertEquals("rule:passed", rules.reason());
    }

    @Test
    void anAkismetErrorHoldsNeverApproves() {
        StepDecision d = ((PipelineResult.Decided) pipeline.run(guest("Good read",
                new AkismetOutcome.Failed("timeout", "no answer in time")), settings(List.of()))).decision();
        assertEquals(CommentStatus.PENDING, d.status());
        assertEquals("akismet:timeout", d.reason());
    }

    @Test
    void aStepThatThrowsHoldsTheComment() {
        ModerationStep broken = new ModerationStep() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Optional<StepDecision> decide(CommentFacts facts, RuleSettings settings) {
                throw new IllegalStateException("boom");
            }
        };
        ModerationPipeline p = new ModerationPipeline(List.of(new DisallowedStep(), broken, new ApproveStep()));
        StepDecision d = ((PipelineResult.Decided) p.run(guest("x", AkismetOutcome.DISABLED), settings(List.of()))).decision();
        assertEquals(CommentStatus.PENDING, d.status());
        assertEquals("error:broken", d.reason());
    }
}
