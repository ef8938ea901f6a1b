import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording of a build (JDK 17 has no {@code jfr view}): the hottest methods by
 * own samples, the heaviest by inclusive samples (any frame of the stack, Relais and library
 * methods), and the allocation pressure per class.
 *
 * <pre>
 * java -XX:StartFlightRecording=filename=/tmp/b.jfr,settings=profile -jar target/relais.jar build …
 * java bench/JfrTop.java /tmp/b.jfr [TOP]
 * </pre>
 */
public class JfrTop {
    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Long> allocated = new HashMap<>();
        Map<String, Long> allocatedBy = new HashMap<>();
        int samples = 0;
        long gcPauseNanos = 0;
        int gcs = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.ExecutionSample")) {
                RecordedStackTrace st = e.getStackTrace();
                if (st == null || st.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = st.getFrames();
                self.merge(name(frames.get(0)), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame f : frames) {
                    String n = name(f);
                    if (seen.add(n)) {
                        inclusive.merge(n, 1, Integer::sum);
                    }
                }
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                long w = e.getLong("weight");
                allocated.merge(e.getClass("objectClass").getName(), w, Long::sum);
                RecordedStackTrace st = e.getStackTrace();
                if (st != null) {
                    for (RecordedFrame f : st.getFrames()) {
                        String n = name(f);
                        if (n.startsWith("fr.artisanat")) {
                            allocatedBy.merge(n, w, Long::sum);
                            break;
                        }
                    }
                }
            } else if (type.equals("jdk.GarbageCollection")) {
                gcs++;
                gcPauseNanos += e.getDuration("sumOfPauses").toNanos();
            }
        }
        System.out.printf("%d execution samples, %d GCs, %.1f s of GC pauses%n", samples, gcs,
                gcPauseNanos / 1e9);
        print("Own time (top of stack)", self, samples, top);
        print("Inclusive time (anywhere on the stack)", inclusive, samples, top);
        Map<String, Integer> relais = new HashMap<>();
        inclusive.forEach((k, v) -> {
            if (k.startsWith("fr.artisanat") && !k.contains("$$Lambda")) {
                relais.put(k, v);
            }
        });
        print("Inclusive time of Relais methods", relais, samples, top);
        printBytes("Allocation by class", allocated, top);
        printBytes("Allocation by nearest Relais frame", allocatedBy, top);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int total, int top) {
        System.out.println("\n" + title);
        List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
        list.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        for (var en : list.subList(0, Math.min(top, list.size()))) {
            System.out.printf("%6.1f%%  %s%n", 100.0 * en.getValue() / total, en.getKey());
        }
    }

    private static void printBytes(String title, Map<String, Long> bytes, int top) {
        long total = bytes.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("%n%s (%.1f GB sampled in all)%n", title, total / 1e9);
        List<Map.Entry<String, Long>> list = new ArrayList<>(bytes.entrySet());
        list.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        for (var en : list.subList(0, Math.min(top, list.size()))) {
            System.out.printf("%6.1f%%  %8.1f MB  %s%n", 100.0 * en.getValue() / total,
                    en.getValue() / 1e6, en.getKey());
        }
    }
}
