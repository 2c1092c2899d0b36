package io.dotportion.server.data;

/**
 * Paging bounds of the data explorer.
 *
 * @param defaultPage documents per page when the request names no {@code limit}
 * @param maxPage     the largest {@code limit} accepted
 * @param maxSkip     the largest {@code skip} accepted (deep paging scans the collection)
 */
public record ExplorerLimits(int defaultPage, int maxPage, int maxSkip) {

    public ExplorerLimits {
        if (defaultPage < 1 || maxPage < defaultPage || maxSkip < 0) {
            throw new IllegalArgumentException("need 1 <= defaultPage <= maxPage and maxSkip >= 0");
        }
    }

    /** 20 per page, at most 100, skip up to 100 000. */
    public static ExplorerLimits defaults() {
        return new ExplorerLimits(20, 100, 100_000);
    }
}
