package io.newsroom.web.console;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.newsroom.web.backend.Moderation;
import io.newsroom.web.backend.ModerationSettings;
import io.newsroom.web.backend.Problem;
import io.newsroom.web.backend.RefusedException;
import io.newsroom.web.security.Visitor;
import io.newsroom.web.view.Texts;

/** The site's moderation settings as a form, for admins (moderation-service checks the role again). */
@Path("/moderation/settings")
@RolesAllowed("admin")
public class SettingsResource {

    @Inject
    Moderation moderation;
    @Inject
    Visitor visitor;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String form(@QueryParam("saved") String saved) {
        ModerationSettings s = moderation.settings(visitor.accessToken());
        return ConsoleTemplates.settings(page(s, Map.of(), saved != null ? "Settings saved." : null)).render();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@RestForm String disallowedKeys, @RestForm String moderationKeys, @RestForm String linkLimit,
            @RestForm String manualApproval, @RestForm String previouslyApproved, @RestForm String discardWorstSpam,
            @RestForm String spamPurgeDays) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer links = number(linkLimit, "linkLimit", errors);
        Integer purge = number(spamPurgeDays, "spamPurgeDays", errors);
        SettingsPage typed = new SettingsPage(nz(disallowedKeys), nz(moderationKeys), nz(linkLimit),
                manualApproval != null, nz(previouslyApproved), discardWorstSpam != null, nz(spamPurgeDays), false, null,
                errors, null);
        if (errors.isEmpty()) {
            try {
                moderation.saveSettings(visitor.accessToken(), new ModerationSettings(lines(disallowedKeys),
                        lines(moderationKeys), links, manualApproval != null, nz(previouslyApproved), null,
                        discardWorstSpam != null, purge, null, null, null));
                return Response.seeOther(URI.create("/moderation/settings?saved=1")).build();
            } catch (RefusedException refusal) {
                Problem problem = refusal.problem();
                if (problem != null) {
                    problem.fieldViolations().forEach(v -> errors.putIfAbsent(leaf(v.field()), v.message()));
                }
                if (errors.isEmpty()) {
                    errors.put("form", problem != null && problem.detail() != null ? problem.detail() : "Not saved.");
                }
            }
        }
        SettingsPage again = new SettingsPage(typed.disallowedKeys(), typed.moderationKeys(), typed.linkLimit(),
                typed.manualApproval(), typed.previouslyApproved(), typed.discardWorstSpam(), typed.spamPurgeDays(),
                false, null, errors, null);
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ConsoleTemplates.settings(again).render()).build();
    }

    private static SettingsPage page(ModerationSettings s, Map<String, String> errors, String notice) {
        return new SettingsPage(String.join("\n", s.disallowedKeys() == null ? List.of() : s.disallowedKeys()),
                String.join("\n", s.moderationKeys() == null ? List.of() : s.moderationKeys()),
                String.valueOf(s.linkLimit()), Boolean.TRUE.equals(s.manualApproval()), s.previouslyApproved(),
                Boolean.TRUE.equals(s.discardWorstSpam()), String.valueOf(s.spamPurgeDays()),
                Boolean.TRUE.equals(s.akismetEnabled()),
                s.updatedBy() == null ? null : "Last changed by " + s.updatedBy() + " on " + Texts.dayTime(s.updatedAt()),
                errors, notice);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static Integer number(String value, String field, Map<String, String> errors) {
        try {
            return Integer.valueOf(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "must be a whole number");
            return null;
        }
    }

    /** moderation-service names fields by their path (put.update.linkLimit): the form knows the last part. */
    private static String leaf(String field) {
        if (field == null) {
            return "form";
        }
        String leaf = field.substring(field.lastIndexOf('.') + 1);
        int bracket = leaf.indexOf('[');
        return bracket > 0 ? leaf.substring(0, bracket) : leaf;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
