package io.newsroom.web.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

@CheckedTemplate(basePath = "console")
public class ConsoleTemplates {

    public static native TemplateInstance queue(ConsoleView console);

    public static native TemplateInstance comment(CommentPage comment);

    public static native TemplateInstance settings(SettingsPage settings);
}
