package io.newsroom.moderation.akismet;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Akismet's REST API as akismet.md describes it. Answers come back raw: a 200 is not a verdict until its body and
 * headers say so ({@link AkismetAnswers}). Package-private: {@link AkismetClient} is the way in.
 */
@RegisterRestClient(configKey = "akismet")
interface AkismetApi {

    @POST
    @Path("/1.1/verify-key")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED + ";charset=UTF-8")
    Uni<Response> verifyKey(MultivaluedMap<String, String> form, @HeaderParam("User-Agent") String userAgent);

    @POST
    @Path("/1.1/comment-check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED + ";charset=UTF-8")
    Uni<Response> commentCheck(MultivaluedMap<String, String> form, @HeaderParam("User-Agent") String userAgent);

    @POST
    @Path("/1.1/submit-spam")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED + ";charset=UTF-8")
    Uni<Response> submitSpam(MultivaluedMap<String, String> form, @HeaderParam("User-Agent") String userAgent);

    @POST
    @Path("/1.1/submit-ham")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED + ";charset=UTF-8")
    Uni<Response> submitHam(MultivaluedMap<String, String> form, @HeaderParam("User-Agent") String userAgent);

    @GET
    @Path("/1.2/usage-limit")
    Uni<Response> usageLimit(@QueryParam("api_key") String apiKey, @HeaderParam("User-Agent") String userAgent);
}
