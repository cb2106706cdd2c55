package io.newsroom.comment.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.newsroom.comment.config.CommentConfig;
import io.newsroom.comment.problem.ProblemException;

/** Many readers of a page that is not cached: one database read, whose page (or failure) they all get. */
class ThreadCacheTest {

    private static final int READERS = 16;
    private final ExecutorService readers = Executors.newFixedThreadPool(READERS);
    private final ThreadCache cache = new ThreadCache();
    private final UUID story = UUID.randomUUID();
    private final ThreadCache.PageKey key = new ThreadCache.PageKey(0, 20, false);

    ThreadCacheTest() {
        cache.config = (CommentConfig) Proxy.newProxyInstance(CommentConfig.class.getClassLoader(),
                new Class<?>[] {CommentConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("publicMaxAge")) {
                        return Duration.ofSeconds(10);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @AfterEach
    void stop() {
        readers.shutdownNow();
    }

    @Test
    void readersOfAnUncachedPageAtOnceShareOneDatabaseRead() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch allAsking = new CountDownLatch(READERS);
        ThreadCache.Rendered page = new ThreadCache.Rendered(new byte[] {'{', '}'}, "\"1\"", System.nanoTime());
        List<Future<ThreadCache.Rendered>> answers = askAll(allAsking, () -> {
            reads.incrementAndGet();
            await(allAsking);
            return page;
        });
        for (Future<ThreadCache.Rendered> answer : answers) {
            assertSame(page, answer.get(10, TimeUnit.SECONDS));
        }
        assertEquals(1, reads.get(), "database reads for one page asked by " + READERS + " readers at once");
        assertSame(page, cache.page(story, key, () -> {
            throw new AssertionError("read again although cached");
        }));
    }

    @Test
    void aFailedReadFailsItsWaitersWithTheSameProblemAndIsNotKept() throws Exception {
        CountDownLatch allAsking = new CountDownLatch(READERS);
        ProblemException gone = ProblemException.notFound("No published story with this id.");
        List<Future<ThreadCache.Rendered>> answers = askAll(allAsking, () -> {
            await(allAsking);
            throw gone;
        });
        everyReaderFailsWith(answers, gone);
        ThreadCache.Rendered later = new ThreadCache.Rendered(new byte[0], "\"2\"", System.nanoTime());
        assertSame(later, cache.page(story, key, () -> later), "the next reader reads again");
    }

    @Test
    void aReadThatEndsInAnErrorReleasesItsWaitersToo() throws Exception {
        CountDownLatch allAsking = new CountDownLatch(READERS);
        LinkageError broken = new LinkageError("a class that could not be loaded");
        List<Future<ThreadCache.Rendered>> answers = askAll(allAsking, () -> {
            await(allAsking);
            throw broken;
        });
        everyReaderFailsWith(answers, broken);
    }

    private static void everyReaderFailsWith(List<Future<ThreadCache.Rendered>> answers, Throwable failure) throws Exception {
        for (Future<ThreadCache.Rendered> answer : answers) {
            try {
                answer.get(10, TimeUnit.SECONDS);
                throw new AssertionError("a reader got a page of a failed read");
            } catch (java.util.concurrent.ExecutionException e) {
                assertSame(failure, e.getCause());
            }
        }
    }

    private List<Future<ThreadCache.Rendered>> askAll(CountDownLatch allAsking, Supplier<ThreadCache.Rendered> render) {
        List<Future<ThreadCache.Rendered>> answers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            answers.add(readers.submit(() -> {
                allAsking.countDown();
                return cache.page(story, key, render);
            }));
        }
        return answers;
    }

    /** The reader that reads holds its read until every reader has asked, so all of them ask while it reads. */
    private static void await(CountDownLatch allAsking) {
        try {
            assertTrue(allAsking.await(10, TimeUnit.SECONDS), "all readers asked");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
