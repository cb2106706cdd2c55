package io.newsroom.article.publishing;

import static io.newsroom.article.publishing.WorkflowException.Kind.INVALID;
import static io.newsroom.article.publishing.WorkflowException.Kind.NOT_PERMITTED;
import static io.newsroom.article.publishing.WorkflowException.Kind.STALE;
import static io.newsroom.article.publishing.WorkflowException.Kind.WRONG_STATE;

import java.util.Set;

import io.newsroom.article.factcheck.Verdict;

/**
 * The fact-checked publishing workflow, free of HTTP and persistence:
 * DRAFT → IN_REVIEW → (fact-check) FACT_CHECKED → PUBLISHED ⇄ UNPUBLISHED;
 * a REJECTED fact-check sends the story back to DRAFT, and rewriting a checked story sends it back to review.
 */
public final class EditorialWorkflow {

    private EditorialWorkflow() {
    }

    public static StoryStatus submit(StoryStatus current) {
        if (current != StoryStatus.DRAFT) {
            throw new WorkflowException(WRONG_STATE, "Only a draft can be submitted for review; this story is " + current + ".");
        }
        return StoryStatus.IN_REVIEW;
    }

    /**
     * Separation of duties: nobody who wrote or edited any version of a story signs it off, and a verdict is on the
     * version the checker read: if the story changed since, the verdict is refused rather than applied to text the
     * checker never saw.
     */
    public static StoryStatus factCheck(StoryStatus current, long currentVersion, Set<String> writers, String checkerSubject,
            long checkedVersion, Verdict verdict, String notes, int sourcesChecked) {
        if (writers.contains(checkerSubject)) {
            throw new WorkflowException(NOT_PERMITTED,
                    "A fact-checker may not check a story they wrote or edited: it needs a checker who wrote no version of it.");
        }
        if (currentVersion != checkedVersion) {
            throw new WorkflowException(STALE, "The story has changed since you read it (version " + currentVersion
                    + " now, your verdict is on version " + checkedVersion + "); read it again and check what it says now.");
        }
        if (current != StoryStatus.IN_REVIEW) {
            throw new WorkflowException(WRONG_STATE, "Only a story in review can be fact-checked; this story is " + current + ".");
        }
        if (verdict == Verdict.VERIFIED && sourcesChecked == 0) {
            throw new WorkflowException(INVALID, "sourcesChecked", "a VERIFIED verdict must list the sources checked");
        }
        if (verdict == Verdict.REJECTED && (notes == null || notes.isBlank())) {
            throw new WorkflowException(INVALID, "notes", "a REJECTED verdict must say why, for the editor");
        }
        return verdict == Verdict.VERIFIED ? StoryStatus.FACT_CHECKED : StoryStatus.DRAFT;
    }

    /**
     * Unpublished stories keep their check (their text has not changed), so they may go out again; whatever the
     * status says, what goes out is the text that was checked, or nothing.
     */
    public static StoryStatus publish(StoryStatus current, boolean checkedTextIsCurrent) {
        if (current != StoryStatus.FACT_CHECKED && current != StoryStatus.UNPUBLISHED) {
            throw new WorkflowException(WRONG_STATE,
                    "Only a fact-checked story can be published; this story is " + current + ". Submit it for review and have it fact-checked first.");
        }
        if (!checkedTextIsCurrent) {
            throw new WorkflowException(WRONG_STATE,
                    "The text has changed since it was fact-checked; submit it for review and have this version checked.");
        }
        return StoryStatus.PUBLISHED;
    }

    public static StoryStatus unpublish(StoryStatus current) {
        if (current != StoryStatus.PUBLISHED) {
            throw new WorkflowException(WRONG_STATE, "Only a published story can be unpublished; this story is " + current + ".");
        }
        return StoryStatus.UNPUBLISHED;
    }

    public static void correct(StoryStatus current) {
        if (current != StoryStatus.PUBLISHED) {
            throw new WorkflowException(WRONG_STATE, "Corrections are appended to published stories; this story is " + current + ".");
        }
    }

    /**
     * Editing: drafts and stories in review change freely; changing what was checked (title, summary, body,
     * sources) of a checked or unpublished story sends it back to review; a published story changes only
     * through dated corrections.
     */
    public static StoryStatus edit(StoryStatus current, boolean checkedContentChanged) {
        return switch (current) {
            case DRAFT, IN_REVIEW -> current;
            case FACT_CHECKED, UNPUBLISHED -> checkedContentChanged ? StoryStatus.IN_REVIEW : current;
            case PUBLISHED -> throw new WorkflowException(WRONG_STATE,
                    "A published story is changed through corrections; unpublish it to rewrite it.");
        };
    }
}
