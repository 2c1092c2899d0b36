package io.dotportion.secrets.key;

import java.util.List;

/**
 * Outcome of checking the configured master keys against the stored keysets: how many opened, and
 * the projects whose keyset carries a matching key id but does not open (damaged).
 */
public record KeyCheckReport(int opened, List<String> damagedProjects) {
    public KeyCheckReport {
        damagedProjects = List.copyOf(damagedProjects);
    }
}
