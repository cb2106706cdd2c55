package io.newsroom.article.factcheck;

public enum Verdict {
    VERIFIED, REJECTED
}
