package io.newsroom.web.backend;

/** A service behind web could not answer (down, slow, failing, circuit open): the visitor gets a 503 page. */
public class BackendUnavailableException extends RuntimeException {

    public BackendUnavailableException(String service, Throwable cause) {
        super(service + " could not answer" + (cause == null ? "" : ": " + cause), null, false, false);
    }
}
