package io.newsroom.comment.article;

/** article-service answered 404: the story does not exist or is not published. */
public class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException(String message) {
        super(message, null, false, false);
    }
}
