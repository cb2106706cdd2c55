package io.newsroom.article.story;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "newsroom")
public interface NewsroomConfig {

    /** The public site; permalinks are {site-url}/articles/{slug}. */
    String siteUrl();

    Articles articles();

    interface Articles {
        /** Close a story's comments this long after it is first published; empty = never. */
        Optional<Duration> closeCommentsAfter();
    }
}
