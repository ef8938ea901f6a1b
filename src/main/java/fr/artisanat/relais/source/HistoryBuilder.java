package fr.artisanat.relais.source;

import fr.artisanat.relais.model.MeasureChange;
import fr.artisanat.relais.model.MeasureHistory;
import fr.artisanat.relais.model.Revision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the commits of the measure files into each measure's public history: the changes of
 * substance a reader of the page would notice, dated by their commit. Left out:
 *
 * <ul>
 *   <li>a commit that changes nothing the page shows (comments, key order, line wrapping, {@code
 *       reviewed});
 *   <li>a <b>correction</b>: a commit marked {@code Correction:} (trailer or subject), or one that
 *       leaves {@code updated} as it was — the contract's « dernier changement de fond » did not
 *       move, so the measure did not change, only the way the page told it;
 *   <li>a version that is a draft, and the publication of a draft (the page did not exist before);
 *   <li>a version that cannot be read (invalid front matter): the commit that repairs it is
 *       compared with the last readable version before it, so that nothing it changed is lost.
 * </ul>
 */
final class HistoryBuilder {
    /** Broken versions in a row that are skipped to find a readable one. */
    private static final int MAX_BROKEN = 20;

    private HistoryBuilder() {}

    /**
     * @param commits each commit's change of a measure file, newest first (as {@code git log})
     * @param versions each readable version the comparison needs, by blob id (an unreadable one is
     *     absent)
     */
    static Map<String, MeasureHistory> build(
            List<FileCommit> commits, Map<String, MeasureSnapshot> versions) {
        Map<String, List<Revision>> revisions = new LinkedHashMap<>();
        Map<String, LocalDate> added = new HashMap<>();
        Map<String, FileCommit> byResult = new HashMap<>();
        commits.forEach(c -> byResult.putIfAbsent(c.slug() + ' ' + c.newBlob(), c));
        for (FileCommit c : commits) {
            revisions.computeIfAbsent(c.slug(), s -> new ArrayList<>());
            if (c.added()) {
                added.put(c.slug(), c.date()); // newest first: the last one seen is the first
            }
            if (!c.modified() || c.correction()) {
                continue;
            }
            MeasureSnapshot before = versions.get(c.oldBlob());
            String earlier = c.oldBlob();
            // a broken version: go back along the file's commits to the last readable one
            for (int hops = 0; before == null && hops < MAX_BROKEN; hops++) {
                FileCommit previous = byResult.get(c.slug() + ' ' + earlier);
                if (previous == null || previous.oldBlob() == null) {
                    break;
                }
                earlier = previous.oldBlob();
                before = versions.get(earlier);
            }
            MeasureSnapshot after = versions.get(c.newBlob());
            if (before == null || after == null || before.draft() || after.draft()) {
                continue;
            }
            if (after.updated() != null && after.updated().equals(before.updated())) {
                continue;
            }
            List<MeasureChange> changes = before.changesTo(after);
            if (!changes.isEmpty()) {
                revisions.get(c.slug()).add(new Revision(c.date(), changes));
            }
        }
        Map<String, MeasureHistory> histories = new HashMap<>();
        revisions.forEach(
                (slug, list) -> histories.put(slug, new MeasureHistory(added.get(slug), list)));
        return Map.copyOf(histories);
    }
}
