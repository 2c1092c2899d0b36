package io.dotportion.core.leak;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Well-known API key shapes: a provider's fixed prefix and its key's length and alphabet, so that the prefix
 * alone in prose ({@code "keys start with sk_live_"}) is not a finding. Each pattern must start and end at a
 * word boundary (no letter or digit right before or after).
 */
final class KeyPrefixes {
    /** One provider's key shape; {@code preview} is what the masked preview shows of it. */
    record Rule(String provider, Pattern pattern, String preview) {}

    private static final String B = "(?<![A-Za-z0-9])";
    private static final String E = "(?![A-Za-z0-9])";

    static final List<Rule> RULES = List.of(
            rule("Stripe secret key", "sk_(?:live|test)_[0-9A-Za-z]{16,}", "sk_…"),
            rule("Stripe restricted key", "rk_(?:live|test)_[0-9A-Za-z]{16,}", "rk_…"),
            rule("AWS access key id", "(?:AKIA|ASIA)[0-9A-Z]{16}", "A?IA…"),
            rule("GitHub token", "gh[pousr]_[0-9A-Za-z]{36,}", "gh?_…"),
            rule("GitHub fine-grained token", "github_pat_[0-9A-Za-z_]{22,}", "github_pat_…"),
            rule("GitLab token", "glpat-[0-9A-Za-z_-]{20,}", "glpat-…"),
            rule("Slack token", "xox[abposr]-[0-9A-Za-z-]{10,}", "xox?-…"),
            rule(
                    "Slack webhook",
                    "https://hooks\\.slack\\.com/services/[A-Za-z0-9/]{20,}",
                    "https://hooks.slack.com/…"),
            rule("Google API key", "AIza[0-9A-Za-z_-]{35}", "AIza…"),
            rule("SendGrid key", "SG\\.[0-9A-Za-z_-]{16,}\\.[0-9A-Za-z_-]{16,}", "SG.…"),
            rule("OpenAI key", "sk-(?:proj-|svcacct-)?[0-9A-Za-z_-]{32,}", "sk-…"),
            rule("Anthropic key", "sk-ant-[0-9A-Za-z_-]{32,}", "sk-ant-…"),
            rule("npm token", "npm_[0-9A-Za-z]{36}", "npm_…"),
            rule("PyPI token", "pypi-AgEIcHlwaS5vcmc[0-9A-Za-z_-]{40,}", "pypi-…"),
            rule("Shopify token", "shp(?:at|ss|ca|pa)_[0-9a-fA-F]{32}", "shp…_…"),
            rule("DigitalOcean token", "do[por]_v1_[0-9a-f]{64}", "do?_v1_…"),
            rule("Twilio key", "SK[0-9a-f]{32}", "SK…"),
            rule("Mailgun key", "key-[0-9a-z]{32}", "key-…"),
            rule("Square token", "sq0(?:atp|csp)-[0-9A-Za-z_-]{22,}", "sq0…"));

    private KeyPrefixes() {}

    private static Rule rule(String provider, String regex, String preview) {
        return new Rule(provider, Pattern.compile(B + regex + E), preview);
    }
}
