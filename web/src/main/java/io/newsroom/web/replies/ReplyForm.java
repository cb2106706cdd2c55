package io.newsroom.web.replies;

import org.jboss.resteasy.reactive.RestForm;

/** The "Leave a Reply" form as posted (WordPress's field names). Every value comes back to the reader if refused. */
public class ReplyForm {

    @RestForm
    public String author;
    @RestForm
    public String email;
    @RestForm
    public String url;
    @RestForm
    public String comment;
    @RestForm("comment_parent")
    public String parent;
    @RestForm("website_confirm")
    public String honeypot;
    @RestForm
    public String cpage;

    static ReplyForm empty() {
        return new ReplyForm();
    }
}
