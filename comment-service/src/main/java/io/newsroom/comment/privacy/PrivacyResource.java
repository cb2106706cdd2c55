package io.newsroom.comment.privacy;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.comment.problem.ProblemException;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Data-subject requests: export and erasure of one person across every service, by email or Keycloak subject in
 * the body (never in a URL, so never in an access log). Admins ask for anyone; a logged-in reader for themself.
 */
@Path("/privacy")
@Tag(name = "Privacy")
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyResource {

    static final String SELF = "the reader themself";

    @Inject
    PrivacyService privacy;
    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken token;

    @POST
    @Path("/erasures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Erase one person everywhere: {\"email\"} or {\"subject\"}",
            description = "Done here at once and sent on to moderation-service; the record (Location) shows what each "
                    + "service erased and when the whole request finished.")
    @APIResponse(responseCode = "202", description = "Accepted: the request's record, with its Location")
    @APIResponse(responseCode = "400", description = "Neither or both of email and subject, or a bad one")
    @APIResponse(responseCode = "401", description = "No or bad token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Response erase(PersonRef person) {
        return accepted(privacy.erase(required(person), identity.getPrincipal().getName(), false));
    }

    @POST
    @Path("/exports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Export all that every service holds about one person: {\"email\"} or {\"subject\"}")
    @APIResponse(responseCode = "200", description = "One JSON document: this service's comments and moderation's copies and history")
    @APIResponse(responseCode = "400", description = "Neither or both of email and subject, or a bad one")
    @APIResponse(responseCode = "503", description = "moderation-service cannot answer: the export would be incomplete")
    public ObjectNode export(PersonRef person) {
        return privacy.export(required(person), identity.getPrincipal().getName(), false, bearer());
    }

    @POST
    @Path("/me/erasure")
    @Authenticated
    @Operation(summary = "Erase the caller (by the token's subject) everywhere")
    @APIResponse(responseCode = "202", description = "Accepted: the request's record, with its Location")
    public Response eraseMe() {
        return accepted(privacy.erase(me(), SELF, true));
    }

    @POST
    @Path("/me/export")
    @Authenticated
    @Operation(summary = "Export all that every service holds about the caller (by the token's subject)")
    @APIResponse(responseCode = "200", description = "One JSON document")
    public ObjectNode exportMe() {
        return privacy.export(me(), SELF, true, bearer());
    }

    @GET
    @Path("/erasures/{id}")
    @Authenticated
    @Operation(summary = "An erasure's record: per service what was erased and when; admins, or the reader it is about")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "404", description = "No such request (or not yours)")
    public PrivacyRequestView erasure(@PathParam("id") UUID id) {
        PrivacyRequestView view = privacy.find(id);
        if (!identity.hasRole("admin") && !view.personHash().equals(PersonHash.ofSubject(token.getSubject()))) {
            // not saying whether someone else's request exists
            throw ProblemException.notFound("There is no privacy request " + id + ".");
        }
        return view;
    }

    @GET
    @Path("/requests")
    @RolesAllowed("admin")
    @Operation(summary = "Every export and erasure, newest first: who asked, for whom (a hash), when, what happened")
    @APIResponse(responseCode = "200", description = "A page of records")
    public PrivacyRequestPage requests(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > 100) {
            throw ProblemException.invalid("size", "must be between 1 and 100");
        }
        return privacy.list(page, size);
    }

    private Response accepted(PrivacyRequestView view) {
        return Response.accepted(view).location(URI.create("/privacy/erasures/" + view.id())).build();
    }

    private PersonRef me() {
        return PersonRef.ofSubject(token.getSubject()).checked();
    }

    private String bearer() {
        return "Bearer " + token.getRawToken();
    }

    private static PersonRef required(PersonRef person) {
        if (person == null) {
            throw ProblemException.invalid("email", "give an email or a subject");
        }
        return person.checked();
    }
}
