package fr.artisanat.relais.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code echeances.ics} follows RFC 5545 and a calendar library reads it back. */
class CalendarRendererTest {
    /** Long, accented and full of characters iCalendar escapes. */
    static final String TITLE =
            "Prêt « rebond », garanti ; à 100 % \\ régional — aide exceptionnelle aux"
                    + " entreprises artisanales éprouvées 😀";

    @TempDir Path dir;

    static TestSite hostileSite(Path dir) {
        TestSite site = TestSite.minimal(dir);
        site.write(
                "content/measures/aide-alpha.md",
                site.read("content/measures/aide-alpha.md")
                        .replace("title: Aide alpha pour les artisans", "title: '" + TITLE + "'"));
        return site;
    }

    static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    static String value(VEvent event, String name) {
        return event.getProperty(name).map(p -> ((Property) p).getValue()).orElse(null);
    }

    /** Events by UID. */
    static Map<String, VEvent> events(Calendar calendar) {
        Map<String, VEvent> events = new LinkedHashMap<>();
        List<VEvent> list = calendar.getComponents("VEVENT");
        for (VEvent e : list) {
            events.put(value(e, "UID"), e);
        }
        assertEquals(list.size(), events.size(), "UIDs are unique");
        return events;
    }

    @Test
    void usesCrlfAndFoldsLinesAt75OctetsWithoutCuttingCharacters() throws Exception {
        TestSite site = hostileSite(dir);
        assertEquals(0, site.build().exitCode());
        byte[] bytes = Files.readAllBytes(site.out().resolve("echeances.ics"));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        String[] lines = text.substring(0, text.length() - 2).split("\r\n", -1);
        boolean folded = false;
        for (String line : lines) {
            assertFalse(line.contains("\n") || line.contains("\r"), "bare line break: " + line);
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(octets.length <= 75, octets.length + " octets: " + line);
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(octets));
            folded |= line.startsWith(" ");
        }
        assertTrue(folded, "the long title was folded");
        assertEquals("BEGIN:VCALENDAR", lines[0]);
        assertEquals("END:VCALENDAR", lines[lines.length - 1]);
    }

    @Test
    void readsBackWithAllDayEventsForEachOpeningAndClosing() throws Exception {
        TestSite site = hostileSite(dir);
        assertEquals(0, site.build().exitCode());
        Calendar calendar = parse(Files.readAllBytes(site.out().resolve("echeances.ics")));
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        assertEquals(
                "2.0",
                calendar.getProperty("VERSION").map(p -> ((Property) p).getValue()).orElseThrow());
        assertTrue(calendar.getProperty("PRODID").isPresent());
        assertEquals(
                "GREGORIAN",
                calendar.getProperty("CALSCALE").map(p -> ((Property) p).getValue()).orElseThrow());

        Map<String, VEvent> events = events(calendar);
        // aide-alpha, pret-beta: opening and closing; gamma: opening; delta: no date at all.
        assertEquals(
                Set.of(
                        "aide-alpha-ouverture@example.org",
                        "aide-alpha-cloture@example.org",
                        "pret-beta-ouverture@example.org",
                        "pret-beta-cloture@example.org",
                        "gamma-a-venir-ouverture@example.org"),
                new HashSet<>(events.keySet()));
        VEvent closing = events.get("aide-alpha-cloture@example.org");
        assertEquals("Clôture : " + TITLE, value(closing, "SUMMARY"));
        assertEquals("20200731", value(closing, "DTSTART"));
        assertEquals(
                "DATE",
                closing.getProperty("DTSTART")
                        .flatMap(p -> ((Property) p).getParameter("VALUE"))
                        .map(p -> p.toString())
                        .orElseThrow()
                        .replace("VALUE=", ""));
        assertEquals("20200801", value(closing, "DTEND"));
        assertEquals("https://example.org/portail/mesures/aide-alpha/", value(closing, "URL"));
        assertTrue(
                value(closing, "DESCRIPTION")
                        .contains("Dernier jour pour faire la demande : le 31 juillet 2020."));
        assertTrue(value(closing, "DESCRIPTION").contains("\n"), "escaped newline read back");
        assertEquals(
                "Ouverture : " + TITLE,
                value(events.get("aide-alpha-ouverture@example.org"), "SUMMARY"));
        for (VEvent e : events.values()) {
            assertEquals("20200415T000000Z", value(e, "DTSTAMP"));
        }
    }

    @Test
    void stampsTheBuildDateAndKeepsUidsWhenContentChanges() throws Exception {
        TestSite site = hostileSite(dir);
        assertEquals(0, site.build().exitCode());
        Set<String> before =
                events(parse(Files.readAllBytes(site.out().resolve("echeances.ics")))).keySet();
        site.write(
                "content/measures/aide-alpha.md",
                site.read("content/measures/aide-alpha.md").replace(TITLE, "Nouveau titre"));
        assertEquals(0, site.build("--as-of", "2020-05-20").exitCode());
        Map<String, VEvent> after =
                events(parse(Files.readAllBytes(site.out().resolve("echeances.ics"))));
        assertEquals(before, after.keySet());
        for (VEvent e : after.values()) {
            assertEquals("20200520T000000Z", value(e, "DTSTAMP"));
        }
        assertEquals(
                "Clôture : Nouveau titre",
                value(after.get("aide-alpha-cloture@example.org"), "SUMMARY"));
    }

    @Test
    void realContentCalendarsFollowTheLineRulesAndParse() throws Exception {
        Path out = JsonSchemaRendererTest.buildRealContent(dir.resolve("reel"));
        List<Path> calendars;
        try (var walk = Files.walk(out)) {
            calendars = walk.filter(p -> p.toString().endsWith(".ics")).toList();
        }
        assertTrue(calendars.size() > 10, calendars.toString());
        for (Path ics : calendars) {
            byte[] bytes = Files.readAllBytes(ics);
            String text = new String(bytes, StandardCharsets.UTF_8);
            for (String line : text.split("\r\n")) {
                assertFalse(line.contains("\n"), ics + ": " + line);
                assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, ics + ": " + line);
            }
            Calendar calendar = parse(bytes);
            assertFalse(calendar.validate().hasErrors(), ics.toString());
            for (VEvent e : events(calendar).values()) {
                assertEquals("20200515T000000Z", value(e, "DTSTAMP"));
            }
        }
    }
}
