package io.newsroom.web.replies;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

@CheckedTemplate(basePath = "replies")
public class ReplyTemplates {

    /** The reader's own part of a story page: their pending replies and the form. */
    public static native TemplateInstance replyForm(ReplyFormView form);

    /** When the story itself cannot be shown: the refusal and everything the reader typed, so nothing is lost. */
    public static native TemplateInstance refused(String title, ReplyFormView form);
}
