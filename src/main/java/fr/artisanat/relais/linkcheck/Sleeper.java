package fr.artisanat.relais.linkcheck;

import java.time.Duration;

/**
 * Waits between retries. Injected so tests can assert how long the checker would wait after a
 * {@code Retry-After} without actually waiting.
 */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
