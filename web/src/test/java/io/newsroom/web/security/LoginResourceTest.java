package io.newsroom.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginResourceTest {

    @Test
    void afterLoggingInTheReaderGoesBackToAPathOfThisSiteOnly() {
        assertEquals("/articles/a-story#respond", LoginResource.localPath("/articles/a-story#respond"));
        assertEquals("/", LoginResource.localPath(null));
        assertEquals("/", LoginResource.localPath("https://evil.example/"));
        assertEquals("/", LoginResource.localPath("//evil.example/"));
        assertEquals("/", LoginResource.localPath("/\\evil.example"));
        assertEquals("/", LoginResource.localPath("/a\r\nSet-Cookie: x=y"));
    }
}
