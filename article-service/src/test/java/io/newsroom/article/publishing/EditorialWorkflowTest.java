package io.newsroom.article.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.newsroom.article.factcheck.Verdict;

class EditorialWorkflowTest {

    @Test
    void aDraftGoesToReview() {
        assertEquals(StoryStatus.IN_REVIEW, EditorialWorkflow.submit(StoryStatus.DRAFT));
    }

    @ParameterizedTest
    @EnumSource(value = StoryStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
    void onlyADraftCanBeSubmitted(StoryStatus status) {
        var e = assertThrows(WorkflowException.class, () -> EditorialWorkflow.submit(status));
        assertEquals(WorkflowException.Kind.WRONG_STATE, e.kind());
    }

    @Test
    void aVerifiedCheckSignsTheStoryOff() {
        assertEquals(StoryStatus.FACT_CHECKED,
                EditorialWorkflow.factCheck(StoryStatus.IN_REVIEW, 3, Set.of("alice"), "bob", 3, Verdict.VERIFIED, null, 1));
    }

    @Test
    void aRejectedCheckSendsTheStoryBackToDraft() {
        assertEquals(StoryStatus.DRAFT,
                EditorialWorkflow.factCheck(StoryStatus.IN_REVIEW, 3, Set.of("alice"), "bob", 3, Verdict.REJECTED, "The figure is wrong", 0));
    }

    @Test
    void nobodyChecksAStoryTheyWroteOrEdited() {
        var wrote = assertThrows(WorkflowException.class,
                () -> EditorialWorkflow.factCheck(StoryStatus.IN_REVIEW, 3, Set.of("ed"), "ed", 3, Verdict.VERIFIED, null, 1));
        assertEquals(WorkflowException.Kind.NOT_PERMITTED, wrote.kind());
        var edited = assertThrows(WorkflowException.class,
                () -> EditorialWorkflow.factCheck(StoryStatus.IN_REVIEW, 3, Set.of("alice", "ed"), "ed", 3, Verdict.VERIFIED, null, 1));
        assertEquals(WorkflowException.Kind.NOT_PERMITTED, edited.kind());
    }

    @Test
    void aVerdictOnAVersionThatIsNoLongerCurrentIsStale() {
        var e = assertThrows(WorkflowException.class,
                () -> EditorialWorkflow.factCheck(StoryStatus.IN_REVIEW, 4, Set.of("alice"), "bob", 3, Verdict.VERIFIED, null, 1));
        assertEquals(WorkflowException.Kind.STALE, e.kind());
    }

    @Test
    void aStoryNotInReviewCannotBeChecked() {
        var e = assertThrows(WorkflowException.class,
                () -> EditorialWorkflow.factCheck(StoryStatus.DRAFT, 3, Set.of("alice"), "bob", 3, Verdict.VERIFIED, null, 1));
        assertEquals(WorkflowException.Kind.WRONG_STATE, e.kind());
    }

    @Test
    void aVerifiedVerdictNamesItsSourcesAndARejectionItsReasons() {
        var noSources = assertThrows(WorkflowException.class,
                () -> EditorialWorkflow.factCheck(StoryStatus.IN_REVIEW, 3, Set.of("alice"), "bob", 3, Verdict.VERIFIED, "fine", 0));
        assertEquals("sourcesChecked", noSources.field());
        var noNotes = assertThrows(WorkflowException.class,
                () -> EditorialWorkflow.factCheck(StoryStatus.IN_REVIEW, 3, Set.of("alice"), "bob", 3, Verdict.REJECTED, " ", 1));
        assertEquals("notes", noNotes.field());
    }

    @ParameterizedTest
    @EnumSource(value = StoryStatus.class, names = { "DRAFT", "IN_REVIEW", "PUBLISHED" })
    void onlyACheckedStoryIsPublished(StoryStatus status) {
        var e = assertThrows(WorkflowException.class, () -> EditorialWorkflow.publish(status, true));
        assertEquals(WorkflowException.Kind.WRONG_STATE, e.kind());
    }

    @Test
    void checkedAndUnpublishedStoriesCanBePublished() {
        assertEquals(StoryStatus.PUBLISHED, EditorialWorkflow.publish(StoryStatus.FACT_CHECKED, true));
        assertEquals(StoryStatus.PUBLISHED, EditorialWorkflow.publish(StoryStatus.UNPUBLISHED, true));
    }

    @Test
    void whatGoesOutIsTheCheckedTextOrNothing() {
        var e = assertThrows(WorkflowException.class, () -> EditorialWorkflow.publish(StoryStatus.FACT_CHECKED, false));
        assertEquals(WorkflowException.Kind.WRONG_STATE, e.kind());
    }

    @Test
    void rewritingACheckedStorySendsItBackToReviewButRetaggingDoesNot() {
        assertEquals(StoryStatus.IN_REVIEW, EditorialWorkflow.edit(StoryStatus.FACT_CHECKED, true));
        assertEquals(StoryStatus.FACT_CHECKED, EditorialWorkflow.edit(StoryStatus.FACT_CHECKED, false));
        assertEquals(StoryStatus.IN_REVIEW, EditorialWorkflow.edit(StoryStatus.UNPUBLISHED, true));
        assertEquals(StoryStatus.DRAFT, EditorialWorkflow.edit(StoryStatus.DRAFT, true));
    }

    @Test
    void aPublishedStoryChangesOnlyThroughCorrections() {
        assertThrows(WorkflowException.class, () -> EditorialWorkflow.edit(StoryStatus.PUBLISHED, false));
        EditorialWorkflow.correct(StoryStatus.PUBLISHED);
        assertThrows(WorkflowException.class, () -> EditorialWorkflow.correct(StoryStatus.FACT_CHECKED));
    }

    @Test
    void onlyAPublishedStoryIsUnpublished() {
        assertEquals(StoryStatus.UNPUBLISHED, EditorialWorkflow.unpublish(StoryStatus.PUBLISHED));
        assertThrows(WorkflowException.class, () -> EditorialWorkflow.unpublish(StoryStatus.DRAFT));
    }
}
