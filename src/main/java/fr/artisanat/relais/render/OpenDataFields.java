package fr.artisanat.relais.render;

import fr.artisanat.relais.model.SitePaths;
import fr.artisanat.relais.model.StatusCalculator;
import java.util.List;

/**
 * The fields of {@code mesures.json} and {@code mesures.csv}, each with its JSON Schema and its
 * French documentation, in one list so the schema, the CSV header and the "Données ouvertes" page
 * cannot drift apart from each other. The JSON export writes the same keys in the same order (a
 * test validates it against the schema built from this list).
 */
final class OpenDataFields {
    static final String LICENCE = "Licence Ouverte 2.0";
    static final String LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

    /** The separator of list items in a CSV cell. */
    static final String LIST_SEPARATOR = " | ";

    /** A field with the JSON Schema (draft 2020-12) of its value. */
    record Spec(OpenDataField doc, String schema) {
        String key() {
            return doc.key();
        }
    }

    private static final String ID =
            "{\"type\": \"string\", \"pattern\": \"^[a-z0-9]+(-[a-z0-9]+)*$\"}";
    private static final String IDS = "{\"type\": \"array\", \"items\": " + ID + "}";
    private static final String TEXT = "{\"type\": \"string\", \"minLength\": 1}";
    private static final String TEXT_OR_NULL = "{\"type\": [\"string\", \"null\"]}";
    private static final String DATE =
            "{\"type\": \"string\", \"format\": \"date\", \"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\"}";
    private static final String DATE_OR_NULL =
            "{\"type\": [\"string\", \"null\"], \"format\": \"date\","
                    + " \"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\"}";
    private static final String URL = "{\"type\": \"string\", \"format\": \"uri\"}";
    private static final String URL_OR_NULL =
            "{\"type\": [\"string\", \"null\"], \"format\": \"uri\"}";
    private static final String AS_IS = "tel quel";
    private static final String JOINED = "identifiants séparés par « | »";

    /** The keys of the file itself, around the list of measures. */
    static final List<Spec> HEADER =
            List.of(
                    spec(
                            "$schema",
                            "adresse",
                            "Adresse du schéma JSON qui décrit ce fichier (mesures.schema.json).",
                            null,
                            URL),
                    spec("title", "texte", "Nom du portail.", null, TEXT),
                    spec("base_url", "adresse", "Adresse du portail.", null, URL),
                    spec(
                            "as_of",
                            "date",
                            "Date de calcul des statuts (date de construction du site).",
                            null,
                            DATE),
                    spec("licence", "texte", "Licence des données : " + LICENCE + ".", null, TEXT),
                    spec("licence_url", "adresse", "Texte de la licence.", null, URL),
                    spec(
                            "measures",
                            "liste d'objets",
                            "Les mesures publiées, une par objet, avec les champs ci-dessous.",
                            null,
                            "{\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/measure\"}}"));

    /** The keys of one measure, in the order both files write them. */
    static final List<Spec> MEASURE =
            List.of(
                    spec(
                            "slug",
                            "texte",
                            "Identifiant stable de la mesure (minuscules, chiffres, tirets) :"
                                    + " il ne change pas quand le titre change et sert d'adresse"
                                    + " à sa page.",
                            AS_IS,
                            ID),
                    spec("url", "adresse", "Adresse de la page de la mesure.", AS_IS, URL),
                    spec("title", "texte", "Titre de la mesure.", AS_IS, TEXT),
                    spec("summary", "texte", "Résumé en une ou deux phrases.", AS_IS, TEXT),
                    spec(
                            "status",
                            "texte",
                            "Statut à la date as_of : open (ouvert), closing (ferme dans les "
                                    + StatusCalculator.CLOSING_SOON_DAYS
                                    + " jours), upcoming (à venir), closed (clos).",
                            AS_IS,
                            "{\"enum\": [\"open\", \"closing\", \"upcoming\", \"closed\"]}"),
                    spec(
                            "level",
                            "texte",
                            "Échelon : national, regional, departmental ou local.",
                            AS_IS,
                            "{\"enum\": [\"national\", \"regional\", \"departmental\", \"local\"]}"),
                    spec(
                            "funders",
                            "liste de textes",
                            "Identifiants des financeurs (page financeurs/<id>/ du portail).",
                            JOINED,
                            IDS),
                    spec(
                            "categories",
                            "liste de textes",
                            "Identifiants des catégories (page categories/<id>/).",
                            JOINED,
                            IDS),
                    spec(
                            "beneficiaries",
                            "liste de textes",
                            "Identifiants des publics visés (page beneficiaires/<id>/) ; vide"
                                    + " quand la mesure ne précise pas.",
                            JOINED,
                            IDS),
                    spec(
                            "territories",
                            "liste de textes",
                            "Identifiants des territoires où la mesure s'applique (france,"
                                    + " occitanie, numéro de département…).",
                            JOINED,
                            IDS),
                    spec(
                            "amount",
                            "texte ou null",
                            "Montant tel que l'écrit la rédaction (« Jusqu'à 1 500 € »).",
                            AS_IS,
                            TEXT_OR_NULL),
                    spec(
                            "amount_max",
                            "nombre ou null",
                            "Montant maximal en euros, quand il est connu.",
                            "nombre avec une virgule décimale (1500 ou 1500,5), vide si absent",
                            "{\"type\": [\"number\", \"null\"], \"minimum\": 0}"),
                    spec(
                            "opens",
                            "date ou null",
                            "Date d'ouverture des demandes (AAAA-MM-JJ).",
                            "AAAA-MM-JJ, vide si absente",
                            DATE_OR_NULL),
                    spec(
                            "closes",
                            "date ou null",
                            "Dernier jour pour faire la demande (AAAA-MM-JJ).",
                            "AAAA-MM-JJ, vide si absente",
                            DATE_OR_NULL),
                    spec(
                            "apply_url",
                            "adresse ou null",
                            "Adresse où faire la demande.",
                            "vide si absente",
                            URL_OR_NULL),
                    spec(
                            "sources",
                            "liste d'objets {title, url}",
                            "Textes officiels : titre et adresse de chacun.",
                            "deux colonnes, dans le même ordre : sources (adresses) et"
                                    + " source_titles (titres), séparées par « | »",
                            "{\"type\": \"array\", \"minItems\": 1, \"items\": {\"type\": \"object\","
                                    + " \"additionalProperties\": false, \"required\": [\"title\","
                                    + " \"url\"], \"properties\": {\"title\": "
                                    + TEXT
                                    + ", \"url\": "
                                    + URL
                                    + "}}}"),
                    spec(
                            "contact",
                            "texte ou null",
                            "Identifiant de la chambre à contacter (page contacts/).",
                            "vide si absent",
                            "{\"oneOf\": [" + ID + ", {\"type\": \"null\"}]}"),
                    spec(
                            "updated",
                            "date",
                            "Date de la dernière modification de la fiche.",
                            AS_IS,
                            DATE),
                    spec(
                            "reviewed",
                            "date ou null",
                            "Date de la dernière vérification auprès des sources.",
                            "vide si absente",
                            DATE_OR_NULL),
                    spec(
                            "tags",
                            "liste de textes",
                            "Mots-clés libres.",
                            "séparés par « | » (une barre | dans un mot-clé devient /)",
                            "{\"type\": \"array\", \"items\": " + TEXT + "}"),
                    spec(
                            "draft",
                            "booléen",
                            "Vrai pour un brouillon (seulement dans une construction avec"
                                    + " --drafts, jamais sur le portail publié).",
                            "oui ou non",
                            "{\"type\": \"boolean\"}"),
                    spec(
                            "body",
                            "texte",
                            "Texte complet de la fiche, en Markdown.",
                            "tel quel, sur plusieurs lignes entre guillemets",
                            "{\"type\": \"string\"}"));

    private OpenDataFields() {}

    private static Spec spec(
            String key, String type, String description, String csv, String schema) {
        return new Spec(new OpenDataField(key, type, description, csv), schema);
    }

    /** What the "Données ouvertes" page shows. */
    static OpenDataView view() {
        return new OpenDataView(
                SitePaths.JSON_EXPORT,
                SitePaths.CSV_EXPORT,
                SitePaths.JSON_SCHEMA,
                SitePaths.CALENDAR,
                LICENCE,
                LICENCE_URL,
                LIST_SEPARATOR,
                HEADER.stream().map(Spec::doc).toList(),
                MEASURE.stream().map(Spec::doc).toList(),
                CsvExportRenderer.columnNames());
    }
}
