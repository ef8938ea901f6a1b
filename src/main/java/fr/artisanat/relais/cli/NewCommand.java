package fr.artisanat.relais.cli;

import fr.artisanat.relais.diagnostic.FileErrorFormatter;
import fr.artisanat.relais.source.RegularFileReader;
import fr.artisanat.relais.source.SourceLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code relais new <slug>}: writes a new measure with every field of the contract, each with a
 * one-line French comment, as a draft that builds as it is. Editors start from a file that is
 * already valid and only replace the values.
 */
final class NewCommand {
    static final String USAGE =
            """
            relais new <slug> [--content DIR]

              Crée content/measures/<slug>.md : un brouillon (draft: true) avec tous les
              champs et un commentaire pour chacun, daté du jour. Le slug est l'adresse de
              la page : minuscules sans accent, chiffres et tirets simples.
            """;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ID_LINE =
            Pattern.compile("^\\s*-?\\s*id:\\s*[\"']?([^\"'#\\s]+)[\"']?", Pattern.MULTILINE);

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    NewCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    int run(List<String> args) throws UsageException {
        Arguments a = new Arguments(args, Set.of("--content"), Set.of());
        if (a.positional().size() != 1) {
            throw new UsageException(
                    "indiquez le slug de la mesure à créer, par exemple : relais new"
                            + " aide-loyers-31");
        }
        String slug = a.positional().get(0);
        if (slug.endsWith(".md")) {
            slug = slug.substring(0, slug.length() - 3);
        }
        if (!SLUG.matcher(slug).matches() || slug.length() > 100) {
            throw new UsageException(
                    "slug invalide « "
                            + slug
                            + " » : minuscules sans accent, chiffres et tirets simples, par"
                            + " exemple « "
                            + suggest(slug)
                            + " »");
        }
        Path content = Path.of(a.option("--content", "content"));
        Path measures = content.resolve("measures");
        if (!Files.isDirectory(measures)) {
            err.println(
                    "relais : dossier introuvable : "
                            + measures
                            + " (lancez la commande depuis le dossier du portail, ou --content)");
            return ExitCodes.USAGE;
        }
        Optional<String> unreadable = unreadableDataFile(content);
        if (unreadable.isPresent()) {
            err.println(unreadable.get());
            return ExitCodes.CONTENT;
        }
        Path file = measures.resolve(slug + ".md");
        LocalDate today = BuildDates.resolve(null, env.get("SOURCE_DATE_EPOCH"));
        String text =
                template(
                        today,
                        ids(content, "funders"),
                        ids(content, "categories"),
                        ids(content, "territories"),
                        ids(content, "beneficiaries"),
                        ids(content, "chambers"));
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            err.println(
                    "relais : "
                            + file
                            + " existe déjà : ouvrez-le pour le modifier, ou choisissez un autre"
                            + " slug");
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("relais : création impossible de " + file + " : " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
        out.println(
                "Mesure créée : "
                        + file
                        + " (brouillon). Remplissez les champs, puis retirez « draft: true »"
                        + " pour la publier.");
        return ExitCodes.OK;
    }

    /**
     * A data file that is there but is no regular file (a FIFO would make {@code new} wait
     * forever), as a diagnostic line; empty when every data file is readable or absent.
     */
    static Optional<String> unreadableDataFile(Path content) {
        for (String name : SourceLoader.DATA_FILES) {
            Path file = content.resolve("data").resolve(name + ".yml");
            try {
                if (Files.exists(file)) {
                    RegularFileReader.Result read =
                            RegularFileReader.read(file, SourceLoader.MAX_FILE_BYTES);
                    if (!read.ok()) {
                        return Optional.of(file + ": erreur : " + read.problem());
                    }
                }
            } catch (IOException e) {
                return Optional.of(
                        file + ": erreur : lecture impossible : " + FileErrorFormatter.describe(e));
            }
        }
        return Optional.empty();
    }

    /** The ids of a data file, in file order (read as text: the file is validated by builds). */
    static List<String> ids(Path content, String dataFile) {
        List<String> ids = new ArrayList<>();
        try {
            RegularFileReader.Result read =
                    RegularFileReader.read(
                            content.resolve("data").resolve(dataFile + ".yml"),
                            SourceLoader.MAX_FILE_BYTES);
            String text = read.ok() ? new String(read.bytes(), StandardCharsets.UTF_8) : "";
            Matcher m = ID_LINE.matcher(text);
            while (m.find()) {
                ids.add(m.group(1));
            }
        } catch (IOException e) {
            // no data file: the template then shows the usual ids
        }
        return ids;
    }

    static String template(
            LocalDate today,
            List<String> funders,
            List<String> categories,
            List<String> territories,
            List<String> beneficiaries,
            List<String> chambers) {
        String funder = first(funders, "etat");
        String category = first(categories, "subventions");
        String territory = first(territories, "france");
        return "---\n"
                + "title: \"Titre de la mesure\"  # nom de la mesure, 140 caractères au plus\n"
                + "summary: \"Une ou deux phrases sur l'aide et ceux qui peuvent en bénéficier.\""
                + "  # affiché dans les listes, 400 caractères au plus\n"
                + "level: national  # national, regional, departmental ou local\n"
                + "funders: ["
                + funder
                + "]  # ids de data/funders.yml : "
                + sample(funders)
                + "\n"
                + "categories: ["
                + category
                + "]  # ids de data/categories.yml : "
                + sample(categories)
                + "\n"
                + "# beneficiaries: ["
                + first(beneficiaries, "artisans")
                + "]  # facultatif — ids de data/beneficiaries.yml : "
                + sample(beneficiaries)
                + "\n"
                + "territories: ["
                + quoted(territory)
                + "]  # ids de data/territories.yml (numéro de département entre guillemets) : "
                + sample(territories)
                + "\n"
                + "# amount: \"Jusqu'à 1 500 €\"  # facultatif — le montant tel qu'on le dit\n"
                + "# amount_max: 1500  # facultatif — montant maximal en euros, chiffres seuls\n"
                + "# opens: "
                + today
                + "  # facultatif — date d'ouverture AAAA-MM-JJ (avant : « à venir »)\n"
                + "# closes: "
                + today.plusMonths(3)
                + "  # facultatif — date de clôture AAAA-MM-JJ (après : « close »)\n"
                + "# status: open  # facultatif — open, upcoming ou closed, si les dates ne"
                + " suffisent pas\n"
                + "# apply_url: \"https://\"  # facultatif — adresse où déposer la demande\n"
                + "sources:  # au moins une référence officielle (title et url)\n"
                + "  - title: \"Texte officiel à citer\"  # titre de la source\n"
                + "    url: \"https://www.legifrance.gouv.fr/\"  # adresse complète https://…\n"
                + "# contact: "
                + first(chambers, "crma-occitanie")
                + "  # facultatif — id de data/chambers.yml : "
                + sample(chambers)
                + "\n"
                + "updated: "
                + today
                + "  # date du dernier changement de fond\n"
                + "# reviewed: "
                + today
                + "  # facultatif — date de la dernière vérification auprès des sources\n"
                + "# tags: [trésorerie]  # facultatif — mots-clés libres\n"
                + "draft: true  # brouillon : retirez cette ligne pour publier\n"
                + "---\n"
                + "## Pour qui ?\n\n"
                + "À rédiger : les entreprises concernées et les conditions.\n\n"
                + "## Ce que vous pouvez obtenir\n\n"
                + "À rédiger : le montant, la durée, les plafonds.\n\n"
                + "## Comment faire la demande ?\n\n"
                + "À rédiger : les étapes, les pièces à fournir, à qui s'adresser.\n";
    }

    private static String first(List<String> ids, String fallback) {
        return ids.isEmpty() ? fallback : ids.get(0);
    }

    private static String quoted(String id) {
        return id.matches("[0-9].*") ? "\"" + id + "\"" : id;
    }

    /** A few ids, enough to show the form without making the line unreadable. */
    private static String sample(List<String> ids) {
        if (ids.isEmpty()) {
            return "voir le fichier";
        }
        List<String> shown = ids.stream().limit(6).map(NewCommand::quoted).toList();
        return String.join(", ", shown) + (ids.size() > 6 ? ", …" : "");
    }

    private static String suggest(String slug) {
        String s =
                java.text.Normalizer.normalize(slug, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "ma-nouvelle-mesure" : s;
    }
}
