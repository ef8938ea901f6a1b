package fr.artisanat.relais.render;

import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code echeances.ics}: the opening and closing dates of measures as all-day events, so an artisan
 * can subscribe to the deadlines in their calendar program. A UID names the measure and the kind of
 * date ({@code pge-cloture@example.org}), so a changed date updates the event instead of adding
 * one; DTSTAMP is the build date, so the same build gives the same bytes.
 */
final class CalendarRenderer {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private CalendarRenderer() {}

    /** One event of the calendar, before formatting. */
    private record Event(Measure measure, LocalDate date, boolean opening) {
        String uidKind() {
            return opening ? "ouverture" : "cloture";
        }

        String uid(String host) {
            return measure.slug() + "-" + uidKind() + "@" + host;
        }
    }

    /**
     * The calendar of {@code measures}, written at {@code path}.
     *
     * @param name what calendar programs show as its name
     */
    static OutputFile render(Site site, List<Measure> measures, String path, String name) {
        return render(site, measures, path, name, new HashMap<>());
    }

    /**
     * The same, reusing the formatted events of {@code formatted} (by UID), which it fills: a
     * site's calendars share most of their events (a département's calendar repeats every national
     * measure), and formatting them again for each one took most of a large build's time.
     */
    static OutputFile render(
            Site site,
            List<Measure> measures,
            String path,
            String name,
            Map<String, byte[]> formatted) {
        // written straight to the file: the site's calendar is about 1.2 KB per measure, and a
        // département's repeats every national measure
        return OutputFile.streamed(path, out -> write(site, measures, name, formatted, out));
    }

    private static void write(
            Site site,
            List<Measure> measures,
            String name,
            Map<String, byte[]> formatted,
            OutputStream out)
            throws IOException {
        String host = URI.create(site.config().baseUrl()).getHost();
        PageBuffer ics = new PageBuffer();
        ics.write(header(name));
        for (Event e : events(measures)) {
            ics.writeUtf8(formatted.computeIfAbsent(e.uid(host), uid -> event(site, e, uid)));
            ics.drainTo(out, PageBuffer.DRAIN_THRESHOLD);
        }
        ics.write(ICalendarFormatter.line("END", "VCALENDAR"));
        ics.close();
        ics.drainTo(out, 0);
    }

    private static String header(String name) {
        StringBuilder ics = new StringBuilder();
        ics.append(ICalendarFormatter.line("BEGIN", "VCALENDAR"))
                .append(ICalendarFormatter.line("VERSION", "2.0"))
                .append(ICalendarFormatter.line("PRODID", "-//CMA Occitanie//Relais//FR"))
                .append(ICalendarFormatter.line("CALSCALE", "GREGORIAN"))
                .append(ICalendarFormatter.line("X-WR-CALNAME", ICalendarFormatter.text(name)));
        return ics.toString();
    }

    private static byte[] event(Site site, Event e, String uid) {
        String base = site.config().baseUrl();
        String stamp = site.buildDate().format(DATE) + "T000000Z";
        StringBuilder ics = new StringBuilder(1024);
        Measure m = e.measure();
        String url = SitePaths.absolute(base, SitePaths.measure(m.slug()));
        String what = e.opening() ? "Ouverture" : "Clôture";
        String description =
                m.summary()
                        + "\n"
                        + (e.opening()
                                ? "Ouverture des demandes le "
                                : "Dernier jour pour faire la demande : le ")
                        + FrenchDates.format(e.date())
                        + ".\nFiche complète : "
                        + url;
        ics.append(ICalendarFormatter.line("BEGIN", "VEVENT"))
                .append(ICalendarFormatter.line("UID", uid))
                .append(ICalendarFormatter.line("DTSTAMP", stamp))
                .append(
                        ICalendarFormatter.line(
                                "LAST-MODIFIED", m.updated().format(DATE) + "T000000Z"))
                .append(ICalendarFormatter.line("DTSTART;VALUE=DATE", e.date().format(DATE)))
                .append(
                        ICalendarFormatter.line(
                                "DTEND;VALUE=DATE", e.date().plusDays(1).format(DATE)))
                .append(
                        ICalendarFormatter.line(
                                "SUMMARY", ICalendarFormatter.text(what + " : " + m.title())))
                .append(
                        ICalendarFormatter.line(
                                "DESCRIPTION", ICalendarFormatter.text(description)))
                .append(ICalendarFormatter.line("URL", url))
                .append(ICalendarFormatter.line("TRANSP", "TRANSPARENT"))
                .append(ICalendarFormatter.line("END", "VEVENT"));
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every opening and closing date, in date order, then by measure. */
    private static List<Event> events(List<Measure> measures) {
        List<Event> events = new ArrayList<>();
        for (Measure m : measures) {
            if (m.opens() != null) {
                events.add(new Event(m, m.opens(), true));
            }
            if (m.closes() != null) {
                events.add(new Event(m, m.closes(), false));
            }
        }
        events.sort(
                Comparator.comparing(Event::date)
                        .thenComparing(e -> e.measure().slug())
                        .thenComparing(Event::uidKind, Comparator.reverseOrder()));
        return events;
    }
}
