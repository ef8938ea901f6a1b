import fr.artisanat.relais.pipeline.BuildOptions;
import fr.artisanat.relais.pipeline.BuildResult;
import fr.artisanat.relais.pipeline.Pipeline;
import fr.artisanat.relais.postprocess.InternalLinkChecker;
import fr.artisanat.relais.render.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures the internal link check against the whole build of one site, in one JVM: each round
 * builds the site into a temporary folder (validation, rendering, the check, writing) and then
 * runs the check alone on the same output. Prints the median of each, and their ratio.
 *
 * <p>Usage: {@code java -cp target/relais.jar bench/InternalLinkBench.java CONTENT_DIR [ROUNDS]
 * [FILE_FOR_OUTPUT_PATH]}; run through {@code bench/internal-links.sh}.
 */
public class InternalLinkBench {
    public static void main(String[] args) throws IOException {
        Path content = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path out = Files.createTempDirectory("relais-bench").resolve("site");
        BuildOptions options =
                new BuildOptions(
                        content, Path.of("templates"), out, LocalDate.of(2020, 6, 15), false, false);
        List<Long> builds = new ArrayList<>();
        List<Long> checks = new ArrayList<>();
        int pages = 0;
        int brokenLinks = 0;
        for (int round = 0; round <= rounds; round++) {
            long start = System.nanoTime();
            BuildResult result = new Pipeline().run(options, true);
            long build = System.nanoTime() - start;
            if (!result.written()) {
                throw new IllegalStateException("build failed: " + result.diagnostics().sorted());
            }
            List<OutputFile> files = result.files();
            pages = (int) result.pageCount();
            start = System.nanoTime();
            String basePath = java.net.URI.create(result.site().config().baseUrl()).getPath();
            brokenLinks = new InternalLinkChecker(basePath).check(files).size();
            long check = System.nanoTime() - start;
            if (round > 0) { // round 0 warms the JIT up
                builds.add(build / 1_000_000);
                checks.add(check / 1_000_000);
            }
            System.err.printf("round %d: build %d ms, check %d ms%n", round, build / 1_000_000, check / 1_000_000);
        }
        long b = median(builds);
        long c = median(checks);
        System.out.printf(
                "%d pages, %d broken links; median of %d rounds: build %d ms (check included), check alone %d ms = %.1f %% of the build%n",
                pages, brokenLinks, rounds, b, c, 100.0 * c / b);
        System.out.println("output kept in " + out);
        if (args.length > 2) { // keep a copy of the last output for html-proofer
            Files.writeString(Path.of(args[2]), out.toString());
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
