package io.newsroom.comment.operations;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An endpoint someone forgot to give roles (test code only): it must be closed to everyone. */
@Path("/test-only/unannotated")
public class UnannotatedProbe {

    @GET
    public String open() {
        return "anyone can read this";
    }
}
