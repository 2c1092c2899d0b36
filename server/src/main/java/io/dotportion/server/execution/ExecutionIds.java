package io.dotportion.server.execution;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/** Execution ids shaped like MongoDB ObjectIds (24 hex: seconds, random process part, counter), made in memory. */
public final class ExecutionIds {
    private final Clock clock;
    private final byte[] process = new byte[5];
    private final AtomicInteger counter;

    public ExecutionIds(Clock clock, SecureRandom random) {
        this.clock = clock;
        random.nextBytes(process);
        this.counter = new AtomicInteger(random.nextInt());
    }

    public String next() {
        byte[] id = new byte[12];
        int seconds = (int) clock.instant().getEpochSecond();
        int count = counter.getAndIncrement();
        id[0] = (byte) (seconds >>> 24);
        id[1] = (byte) (seconds >>> 16);
        id[2] = (byte) (seconds >>> 8);
        id[3] = (byte) seconds;
        System.arraycopy(process, 0, id, 4, 5);
        id[9] = (byte) (count >>> 16);
        id[10] = (byte) (count >>> 8);
        id[11] = (byte) count;
        return HexFormat.of().formatHex(id);
    }
}
