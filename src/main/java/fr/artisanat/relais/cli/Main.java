package fr.artisanat.relais.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Entry point of the {@code relais} command. */
public final class Main {
    static final String HELP =
            """
            Relais — générateur du portail des mesures de soutien aux artisans d'Occitanie

            Utilisation :
              relais build [options]   construit le site à partir de content/ dans site/
              relais check [options]   vérifie le contenu, les liens internes et externes
              relais serve [--port N]  aperçu en direct pour les éditeurs (brouillons inclus)
              relais new <slug>        crée content/measures/<slug>.md, prêt à remplir
              relais report            relevé des mesures à vérifier (--format json)
              relais --help            affiche cette aide
              relais --version         affiche la version

            """
                    + BuildCommand.USAGE
                    + "\n"
                    + CheckCommand.USAGE
                    + "\n"
                    + ServeCommand.USAGE
                    + "\n"
                    + NewCommand.USAGE
                    + "\n"
                    + ReportCommand.USAGE
                    + """

            Codes de sortie : 0 succès (avertissements permis), 1 erreurs dans le contenu,
            2 erreur d'utilisation ou erreur interne.
            """;

    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(Arrays.asList(args), out, err, System.getenv()));
    }

    /** Runs a command and returns its exit code; never calls {@code System.exit}. */
    public static int run(
            List<String> args, PrintStream out, PrintStream err, Map<String, String> env) {
        if (args.isEmpty()
                || args.get(0).equals("--help")
                || args.get(0).equals("-h")
                || args.get(0).equals("help")) {
            out.print(HELP);
            return args.isEmpty() ? ExitCodes.USAGE : ExitCodes.OK;
        }
        if (args.get(0).equals("--version")) {
            out.println("relais " + version());
            return ExitCodes.OK;
        }
        Optional<String> unreadablePath =
                PathEncoding.problem(
                        args,
                        System.getProperty("user.dir"),
                        System.getProperty("sun.jnu.encoding"));
        if (unreadablePath.isPresent()) {
            err.println("relais : " + unreadablePath.get());
            return ExitCodes.USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            if (rest.contains("--help")) {
                out.print(usageOf(args.get(0)));
                return ExitCodes.OK;
            }
            return switch (args.get(0)) {
                case "build" -> new BuildCommand(out, err, env, System.console() != null).run(rest);
                case "check" -> new CheckCommand(out, err, env, System.console() != null).run(rest);
                case "serve" -> new ServeCommand(out, err, env).run(rest);
                case "new" -> new NewCommand(out, err, env).run(rest);
                case "report" -> new ReportCommand(out, err, env).run(rest);
                default -> throw new UsageException("commande inconnue : " + args.get(0));
            };
        } catch (UsageException e) {
            err.println("relais : " + e.getMessage());
            err.println("Voir « relais --help ».");
            return ExitCodes.USAGE;
        } catch (InvalidPathException e) {
            err.println(
                    "relais : "
                            + PathEncoding.message(
                                    "le chemin « " + e.getInput() + " »",
                                    System.getProperty("sun.jnu.encoding")));
            return ExitCodes.USAGE;
        } catch (RuntimeException e) {
            err.println("relais : erreur interne (à signaler aux développeurs) : " + e);
            e.printStackTrace(err);
            return ExitCodes.INTERNAL;
        }
    }

    private static String usageOf(String command) throws UsageException {
        return switch (command) {
            case "build" -> BuildCommand.USAGE;
            case "check" -> CheckCommand.USAGE;
            case "serve" -> ServeCommand.USAGE;
            case "new" -> NewCommand.USAGE;
            case "report" -> ReportCommand.USAGE;
            default -> throw new UsageException("commande inconnue : " + command);
        };
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
