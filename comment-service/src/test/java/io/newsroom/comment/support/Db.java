package io.newsroom.comment.support;

import java.util.UUID;
import java.util.function.Supplier;

import io.newsroom.comment.store.Comment;
import io.newsroom.comment.store.CommentRepository;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reads the service's database the way the service does, each in its own short transaction. */
public final class Db {

    private Db() {
    }

    public static <T> T tx(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    public static Comment comment(UUID id) {
        return tx(() -> repository().findById(id));
    }

    public static long comments() {
        return tx(() -> repository().count());
    }

    public static long commentsSaying(String content) {
        return tx(() -> repository().count("content", content));
    }

    private static CommentRepository repository() {
        return Arc.container().instance(CommentRepository.class).get();
    }
}
