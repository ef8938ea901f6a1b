package fr.artisanat.relais.linkcheck;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Decides how each external address is checked: excluded ones are skipped, {@code mailto:} and
 * {@code tel:} checked for syntax only, fresh successes taken from the cache, the rest asked over
 * HTTP. Records what the network said in the cache.
 */
public final class ExternalLinkChecker {
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()-]{1,30}");

    private final HttpSettings settings;
    private final Sleeper sleeper;
    private final Clock clock;

    public ExternalLinkChecker(HttpSettings settings, Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /**
     * @param exclude URL prefixes, or regular expressions when they start with {@code ^}
     * @param cache null to ignore the cache ({@code --no-cache}); it is updated but not saved
     * @param progress told (checked, total) after each address
     */
    public LinkCheckReport check(
            List<ExternalLink> links,
            List<String> exclude,
            boolean offline,
            LinkCache cache,
            int cacheDays,
            BiConsumer<Integer, Integer> progress) {
        Instant now = clock.instant();
        Map<String, LinkResult> results = new HashMap<>();
        List<String> toFetch = new ArrayList<>();
        for (ExternalLink link : links) {
            String url = link.url();
            String lower = url.toLowerCase(Locale.ROOT);
            if (excluded(url, exclude)) {
                results.put(
                        url, local(url, LinkStatus.EXCLUDED, "exclue (link_check.exclude)", now));
            } else if (lower.startsWith("mailto:")) {
                boolean ok = EMAIL.matcher(url.substring(7).split("\\?")[0]).matches();
                results.put(url, syntax(url, ok, "adresse électronique invalide", now));
            } else if (lower.startsWith("tel:")) {
                boolean ok = PHONE.matcher(url.substring(4)).matches();
                results.put(url, syntax(url, ok, "numéro de téléphone invalide", now));
            } else if (offline) {
                results.put(url, local(url, LinkStatus.SKIPPED, "non vérifiée (--offline)", now));
            } else {
                var cached = cache == null ? null : cache.fresh(url, now, cacheDays).orElse(null);
                if (cached != null) {
                    results.put(url, cached);
                } else {
                    toFetch.add(url);
                }
            }
        }
        int total = links.size();
        AtomicInteger done = new AtomicInteger(results.size());
        progress.accept(done.get(), total);
        List<LinkResult> fetched =
                new HttpLinkChecker(settings, sleeper, clock)
                        .checkAll(toFetch, r -> progress.accept(done.incrementAndGet(), total));
        for (LinkResult r : fetched) {
            results.put(r.url(), r);
            if (cache != null) {
                cache.put(r);
            }
        }
        return new LinkCheckReport(links, results);
    }

    static boolean excluded(String url, List<String> exclude) {
        for (String rule : exclude) {
            if (rule.startsWith("^")) {
                try {
                    if (Pattern.compile(rule).matcher(url).find()) {
                        return true;
                    }
                } catch (PatternSyntaxException e) {
                    if (url.startsWith(rule)) {
                        return true;
                    }
                }
            } else if (url.startsWith(rule)) {
                return true;
            }
        }
        return false;
    }

    private static LinkResult syntax(String url, boolean ok, String problem, Instant now) {
        return ok
                ? local(url, LinkStatus.OK, "syntaxe correcte (non contactée)", now)
                : local(url, LinkStatus.BROKEN, problem, now);
    }

    private static LinkResult local(String url, LinkStatus status, String message, Instant now) {
        return new LinkResult(url, status, 0, null, message, now, false);
    }
}
