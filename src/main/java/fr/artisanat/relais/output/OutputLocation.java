package fr.artisanat.relais.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where Relais may write: never into or over the content, the templates or the project's sources (a
 * preview written into {@code templates/assets/x} copies itself into itself until the disk is full;
 * an output folder that contains {@code content/} would be deleted with it), never over the root of
 * the disk or a home folder, never through a symbolic link. Used for the build's {@code --out}, the
 * preview's {@code --out} and the report of {@code check --output}.
 *
 * <p>Folders are compared by their real paths, so a link or {@code ..} does not get round the rule.
 * A symbolic link as the output itself is refused rather than followed: the build replaces its
 * output folder whole, and replacing the link by a folder, or writing somewhere else than the path
 * given, would both surprise; the message names the link's target to give instead.
 */
public final class OutputLocation {
    private final List<Protected> folders;
    private final Path home;

    /** A folder that must stay untouched, and how to name it in French. */
    private record Protected(Path real, String shown, String what, boolean bothWays) {}

    /**
     * @param content the content folder ({@code --content})
     * @param templates the templates folder ({@code --templates})
     */
    public OutputLocation(Path content, Path templates) {
        this(content, templates, Path.of(System.getProperty("user.home", "/")));
    }

    OutputLocation(Path content, Path templates, Path home) {
        List<Protected> list = new ArrayList<>();
        list.add(protect(content, "le contenu", true));
        list.add(protect(templates, "les gabarits", true));
        for (Path folder : List.of(content, templates)) {
            Path project = folder.toAbsolutePath().normalize().getParent();
            if (project != null) {
                list.add(protect(project, "le projet", false));
                list.add(protect(project.resolve("src"), "les sources du projet", true));
                list.add(protect(project.resolve(".git"), "l'historique git du projet", true));
            }
        }
        this.folders = List.copyOf(list);
        this.home = real(home.toAbsolutePath().normalize());
    }

    private static Protected protect(Path folder, String what, boolean bothWays) {
        Path absolute = folder.toAbsolutePath().normalize();
        return new Protected(real(absolute), absolute.toString(), what, bothWays);
    }

    /**
     * Refuses {@code out} when it is or holds a protected folder, lies inside one, is the root of
     * the disk or a home folder, or is a symbolic link.
     *
     * @param option the option that named it, for the message ({@code --out})
     * @param example a good value of that option, suggested by the message ({@code site})
     * @return its absolute, normalised path
     */
    public Path check(Path out, String option, String example)
            throws OutputWriter.RefusedOutputException {
        Path absolute = out.toAbsolutePath().normalize();
        String shown = "« " + out + " »";
        if (absolute.getParent() == null) {
            throw new OutputWriter.RefusedOutputException(
                    option
                            + " "
                            + shown
                            + " est la racine du disque : choisissez un dossier à part, par"
                            + " exemple "
                            + option
                            + " "
                            + example);
        }
        if (Files.isSymbolicLink(absolute)) {
            throw new OutputWriter.RefusedOutputException(
                    option
                            + " "
                            + shown
                            + " est un lien symbolique vers « "
                            + target(absolute)
                            + " » : Relais ne suit pas les liens pour écrire — indiquez directement"
                            + " le dossier visé ("
                            + option
                            + " "
                            + target(absolute)
                            + ")");
        }
        Path real = real(absolute);
        if (home.startsWith(real)) {
            throw new OutputWriter.RefusedOutputException(
                    option
                            + " "
                            + shown
                            + (home.equals(real) ? " est" : " contient")
                            + " votre dossier personnel : rien n'a été touché — choisissez un"
                            + " dossier à part, par exemple "
                            + option
                            + " "
                            + example);
        }
        for (Protected p : folders) {
            if (p.real().startsWith(real)) {
                throw new OutputWriter.RefusedOutputException(
                        option
                                + " "
                                + shown
                                + (p.real().equals(real) ? " est « " : " contient « ")
                                + p.shown()
                                + " » ("
                                + p.what()
                                + ") : rien n'a été touché — choisissez un dossier à part, par"
                                + " exemple "
                                + option
                                + " "
                                + example);
            }
            if (p.bothWays() && real.startsWith(p.real())) {
                throw new OutputWriter.RefusedOutputException(
                        option
                                + " "
                                + shown
                                + " est dans « "
                                + p.shown()
                                + " » ("
                                + p.what()
                                + ") : Relais y écrirait ses propres fichiers — choisissez un"
                                + " dossier à part, par exemple "
                                + option
                                + " "
                                + example);
            }
        }
        return absolute;
    }

    /**
     * The real path of {@code path}: links resolved in the part that exists, the rest appended as
     * it is.
     */
    static Path real(Path path) {
        Path existing = path;
        Path rest = path.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return path; // a dangling link: compared as written
        }
    }

    private static Path target(Path link) {
        try {
            return link.resolveSibling(Files.readSymbolicLink(link)).normalize();
        } catch (IOException e) {
            return link;
        }
    }
}
