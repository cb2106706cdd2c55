package io.newsroom.moderation.pipeline;

/** Either a decision, or "ask Akismet first, then run me again". */
public sealed interface PipelineResult {
    record Decided(StepDecision decision) implements PipelineResult {
    }

    record AskAkismet() implements PipelineResult {
    }
}
