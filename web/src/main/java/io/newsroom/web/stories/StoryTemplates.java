package io.newsroom.web.stories;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

@CheckedTemplate(basePath = "stories")
public class StoryTemplates {

    /** Everything of a story page above the reader's own part: head, story, comments. */
    public static native TemplateInstance storyPublic(StoryView story);

    /** The end of every story page, after the reader's own part. */
    public static native TemplateInstance storyEnd();

    public static native TemplateInstance front(FrontPage page);
}
