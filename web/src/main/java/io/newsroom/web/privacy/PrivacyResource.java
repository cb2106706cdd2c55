package io.newsroom.web.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** "Learn how your comment data is processed": every field kept, what Akismet gets, how long, who sees it. */
@Path("/privacy")
public class PrivacyResource {

    @ConfigMapping(prefix = "newsroom.privacy")
    public interface PrivacyConfig {
        /** Where readers ask for an export or erasure of their comments. */
        @WithDefault("privacy@news.example.org")
        String contact();
    }

    @CheckedTemplate(basePath = "privacy")
    static class Templates {
        static native TemplateInstance privacy(String contact);
    }

    @Inject
    PrivacyConfig config;

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance privacy() {
        return Templates.privacy(config.contact());
    }
}
