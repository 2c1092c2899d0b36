package io.dotportion.e2e.support;

import java.util.concurrent.atomic.AtomicInteger;

/** A fresh user for one test: unique email and username. */
public record Account(String email, String username, String password) {
    private static final AtomicInteger NEXT = new AtomicInteger();

    public static Account fresh(String prefix) {
        String name = prefix + System.nanoTime() % 1_000_000 + NEXT.incrementAndGet();
        return new Account(name + "@example.com", name, "correct horse battery staple 42");
    }
}
