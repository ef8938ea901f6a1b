package fr.artisanat.relais.linkcheck;

import java.util.List;
import java.util.Map;

/**
 * Every external address of the content with its result, for the formatters and the exit code.
 *
 * @param links the addresses with where they are written, by URL
 * @param results one result per address, by URL
 */
public record LinkCheckReport(List<ExternalLink> links, Map<String, LinkResult> results) {
    public LinkCheckReport {
        links = List.copyOf(links);
        results = Map.copyOf(results);
    }

    public LinkResult resultOf(ExternalLink link) {
        return results.get(link.url());
    }

    public long count(LinkStatus status) {
        return results.values().stream().filter(r -> r.status() == status).count();
    }

    public long cachedCount() {
        return results.values().stream().filter(LinkResult::cached).count();
    }

    /** Gone for good: fails a pipeline run with {@code --fail-on-external}. */
    public boolean hasBroken() {
        return count(LinkStatus.BROKEN) > 0;
    }
}
