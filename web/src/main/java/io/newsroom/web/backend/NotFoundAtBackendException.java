package io.newsroom.web.backend;

/** The service knows no such thing (an unpublished story, an unknown comment): a 404 page. */
public class NotFoundAtBackendException extends RuntimeException {

    public NotFoundAtBackendException(String what) {
        super(what, null, false, false);
    }
}
