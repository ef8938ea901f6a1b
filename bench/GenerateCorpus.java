import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Deterministic benchmark corpus generator for Relais.
 *
 * <pre>
 * java bench/GenerateCorpus.java N OUT_DIR [SEED]
 * </pre>
 *
 * Writes OUT_DIR/content/ (site.yml, data/*.yml, measures/*.md, pages/*.md) following
 * /work/shared/CONTENT-MODEL.md, with N measures. The same N and SEED always give byte-identical
 * files: no clock, no hash-order iteration, one java.util.Random per measure derived from SEED.
 * Everything is streamed: only slug, title and draft flag of each measure are kept in memory.
 *
 * JDK only, single file, Java 17.
 */
public final class GenerateCorpus {

    static final long DEFAULT_SEED = 20200615L;
    /** The build date the status mix is designed around (relais build --as-of 2020-06-15). */
    static final LocalDate BUILD = LocalDate.of(2020, 6, 15);

    static final LocalDate COVID_START = LocalDate.of(2020, 3, 16);

    // ------------------------------------------------------------------ reference data

    /** code|name|prep ("de l'", "du ", "de la ", "des ", "de ", "d'")|chef-lieu */
    record Dep(String code, String name, String prep, String city) {
        String in() {
            if (code.equals("75")) {
                return "à Paris";
            }
            return switch (prep) {
                case "de l'" -> "dans l'" + name;
                case "du " -> "dans le " + name;
                case "des " -> "dans les " + name;
                default -> "en " + name; // "de la ", "de ", "d'"
            };
        }

        String of() {
            return prep + name;
        }

        String inCity() {
            if (city.startsWith("Le ")) {
                return "au " + city.substring(3);
            }
            return "à " + city;
        }
    }

    record Region(String id, String name, String of, String in, List<Dep> deps) {}

    static List<Dep> deps(String... specs) {
        List<Dep> out = new ArrayList<>();
        for (String s : specs) {
            String[] p = s.split("\\|", -1);
            out.add(new Dep(p[0], p[1], p[2], p[3]));
        }
        return out;
    }

    static final Region OCCITANIE =
            new Region(
                    "occitanie",
                    "Occitanie",
                    "d'Occitanie",
                    "en Occitanie",
                    deps(
                            "09|Ariège|de l'|Foix",
                            "11|Aude|de l'|Carcassonne",
                            "12|Aveyron|de l'|Rodez",
                            "30|Gard|du |Nîmes",
                            "31|Haute-Garonne|de la |Toulouse",
                            "32|Gers|du |Auch",
                            "34|Hérault|de l'|Montpellier",
                            "46|Lot|du |Cahors",
                            "48|Lozère|de la |Mende",
                            "65|Hautes-Pyrénées|des |Tarbes",
                            "66|Pyrénées-Orientales|des |Perpignan",
                            "81|Tarn|du |Albi",
                            "82|Tarn-et-Garonne|de |Montauban"));

    /** Added one by one as N grows (one per 500 measures), so that ~100 territories exist. */
    static final List<Region> OTHER_REGIONS =
            List.of(
                    new Region(
                            "nouvelle-aquitaine",
                            "Nouvelle-Aquitaine",
                            "de Nouvelle-Aquitaine",
                            "en Nouvelle-Aquitaine",
                            deps(
                                    "16|Charente|de la |Angoulême",
                                    "17|Charente-Maritime|de la |La Rochelle",
                                    "19|Corrèze|de la |Tulle",
                                    "23|Creuse|de la |Guéret",
                                    "24|Dordogne|de la |Périgueux",
                                    "33|Gironde|de la |Bordeaux",
                                    "40|Landes|des |Mont-de-Marsan",
                                    "47|Lot-et-Garonne|du |Agen",
                                    "64|Pyrénées-Atlantiques|des |Pau",
                                    "79|Deux-Sèvres|des |Niort",
                                    "86|Vienne|de la |Poitiers",
                                    "87|Haute-Vienne|de la |Limoges")),
                    new Region(
                            "provence-alpes-cote-d-azur",
                            "Provence-Alpes-Côte d'Azur",
                            "de Provence-Alpes-Côte d'Azur",
                            "en Provence-Alpes-Côte d'Azur",
                            deps(
                                    "04|Alpes-de-Haute-Provence|des |Digne-les-Bains",
                                    "05|Hautes-Alpes|des |Gap",
                                    "06|Alpes-Maritimes|des |Nice",
                                    "13|Bouches-du-Rhône|des |Marseille",
                                    "83|Var|du |Toulon",
                                    "84|Vaucluse|du |Avignon")),
                    new Region(
                            "auvergne-rhone-alpes",
                            "Auvergne-Rhône-Alpes",
                            "d'Auvergne-Rhône-Alpes",
                            "en Auvergne-Rhône-Alpes",
                            deps(
                                    "01|Ain|de l'|Bourg-en-Bresse",
                                    "03|Allier|de l'|Moulins",
                                    "07|Ardèche|de l'|Privas",
                                    "15|Cantal|du |Aurillac",
                                    "26|Drôme|de la |Valence",
                                    "38|Isère|de l'|Grenoble",
                                    "42|Loire|de la |Saint-Étienne",
                                    "43|Haute-Loire|de la |Le Puy-en-Velay",
                                    "63|Puy-de-Dôme|du |Clermont-Ferrand",
                                    "69|Rhône|du |Lyon",
                                    "73|Savoie|de la |Chambéry",
                                    "74|Haute-Savoie|de la |Annecy")),
                    new Region(
                            "corse",
                            "Corse",
                            "de Corse",
                            "en Corse",
                            deps("2a|Corse-du-Sud|de la |Ajaccio", "2b|Haute-Corse|de la |Bastia")),
                    new Region(
                            "bretagne",
                            "Bretagne",
                            "de Bretagne",
                            "en Bretagne",
                            deps(
                                    "22|Côtes-d'Armor|des |Saint-Brieuc",
                                    "29|Finistère|du |Quimper",
                                    "35|Ille-et-Vilaine|d'|Rennes",
                                    "56|Morbihan|du |Vannes")),
                    new Region(
                            "pays-de-la-loire",
                            "Pays de la Loire",
                            "des Pays de la Loire",
                            "dans les Pays de la Loire",
                            deps(
                                    "44|Loire-Atlantique|de la |Nantes",
                                    "49|Maine-et-Loire|de |Angers",
                                    "53|Mayenne|de la |Laval",
                                    "72|Sarthe|de la |Le Mans",
                                    "85|Vendée|de la |La Roche-sur-Yon")),
                    new Region(
                            "centre-val-de-loire",
                            "Centre-Val de Loire",
                            "du Centre-Val de Loire",
                            "en Centre-Val de Loire",
                            deps(
                                    "18|Cher|du |Bourges",
                                    "28|Eure-et-Loir|d'|Chartres",
                                    "36|Indre|de l'|Châteauroux",
                                    "37|Indre-et-Loire|d'|Tours",
                                    "41|Loir-et-Cher|de |Blois",
                                    "45|Loiret|du |Orléans")),
                    new Region(
                            "ile-de-france",
                            "Île-de-France",
                            "d'Île-de-France",
                            "en Île-de-France",
                            deps(
                                    "75|Paris|de |Paris",
                                    "77|Seine-et-Marne|de |Melun",
                                    "78|Yvelines|des |Versailles",
                                    "91|Essonne|de l'|Évry-Courcouronnes",
                                    "92|Hauts-de-Seine|des |Nanterre",
                                    "93|Seine-Saint-Denis|de la |Bobigny",
                                    "94|Val-de-Marne|du |Créteil",
                                    "95|Val-d'Oise|du |Cergy")),
                    new Region(
                            "hauts-de-france",
                            "Hauts-de-France",
                            "des Hauts-de-France",
                            "dans les Hauts-de-France",
                            deps(
                                    "02|Aisne|de l'|Laon",
                                    "59|Nord|du |Lille",
                                    "60|Oise|de l'|Beauvais",
                                    "62|Pas-de-Calais|du |Arras",
                                    "80|Somme|de la |Amiens")),
                    new Region(
                            "normandie",
                            "Normandie",
                            "de Normandie",
                            "en Normandie",
                            deps(
                                    "14|Calvados|du |Caen",
                                    "27|Eure|de l'|Évreux",
                                    "50|Manche|de la |Saint-Lô",
                                    "61|Orne|de l'|Alençon",
                                    "76|Seine-Maritime|de la |Rouen")),
                    new Region(
                            "grand-est",
                            "Grand Est",
                            "du Grand Est",
                            "dans le Grand Est",
                            deps(
                                    "08|Ardennes|des |Charleville-Mézières",
                                    "10|Aube|de l'|Troyes",
                                    "51|Marne|de la |Châlons-en-Champagne",
                                    "52|Haute-Marne|de la |Chaumont",
                                    "54|Meurthe-et-Moselle|de |Nancy",
                                    "55|Meuse|de la |Bar-le-Duc",
                                    "57|Moselle|de la |Metz",
                                    "67|Bas-Rhin|du |Strasbourg",
                                    "68|Haut-Rhin|du |Colmar",
                                    "88|Vosges|des |Épinal")));

    /** id|name|description */
    static final String[][] CATEGORIES = {
        {"subventions", "Subventions et aides forfaitaires", "Sommes versées à l'entreprise ou à son dirigeant sans obligation de remboursement : fonds de solidarité, aides régionales, aides sociales exceptionnelles."},
        {"prets-et-garanties", "Prêts, avances et garanties", "Financements de trésorerie à rembourser : prêts garantis par l'État, prêts à taux zéro, avances remboursables, garanties apportées aux banques."},
        {"reports-de-charges", "Reports et étalements de charges", "Décalage dans le temps de sommes dues (cotisations, échéances de crédit, factures), sans pénalité ; les montants restent à payer plus tard."},
        {"fiscalite", "Impôts", "Délais de paiement et remises d'impôts directs accordés par l'administration fiscale."},
        {"activite-partielle", "Activité partielle", "Prise en charge par l'État d'une partie des salaires lorsque l'activité est réduite ou arrêtée (chômage partiel)."},
        {"protection-sociale", "Protection sociale du chef d'entreprise", "Indemnités journalières, aides de l'action sociale et versements exceptionnels destinés aux travailleurs indépendants."},
        {"investissement", "Investissement et redémarrage", "Aides aux dépenses d'équipement, d'aménagement ou de protection sanitaire engagées pour reprendre l'activité."},
        {"mediation", "Médiation", "Recours gratuits et confidentiels en cas de blocage avec une banque, un assureur-crédit, un client ou un fournisseur."},
        {"marches-publics", "Marchés publics", "Règles adaptées pour les entreprises titulaires de contrats avec l'État ou les collectivités (délais, pénalités)."},
        {"accompagnement", "Information et accompagnement", "Conseil, orientation, aide au montage des dossiers et écoute des chefs d'entreprise par les chambres de métiers et de l'artisanat."},
        {"loyers-et-factures", "Loyers et factures", "Report ou prise en charge des loyers des locaux professionnels et des factures d'eau, de gaz et d'électricité."},
        {"numerique", "Numérique", "Aides à la vente en ligne, au « click and collect » et à l'équipement informatique des entreprises artisanales."},
    };

    /** id|name|description */
    static final String[][] BENEFICIARIES = {
        {"artisans", "Artisans", "Chefs d'entreprise inscrits au répertoire des métiers, quel que soit leur statut juridique ou fiscal."},
        {"commercants", "Commerçants", "Commerçants indépendants, dont ceux du commerce de proximité."},
        {"micro-entrepreneurs", "Micro-entrepreneurs", "Entrepreneurs relevant du régime de la micro-entreprise (auto-entrepreneurs)."},
        {"travailleurs-independants", "Travailleurs indépendants", "Non-salariés en général : artisans, commerçants, professions libérales, gérants majoritaires."},
        {"conjoints-collaborateurs", "Conjoints collaborateurs", "Conjoints ou partenaires de PACS travaillant dans l'entreprise sous le statut de conjoint collaborateur."},
        {"tpe", "Très petites entreprises", "Entreprises de moins de 10 salariés, y compris celles qui n'en ont aucun."},
        {"pme", "Petites et moyennes entreprises", "Entreprises jusqu'à 250 salariés environ, visées par certains prêts et aides à l'investissement."},
        {"entreprises-employeuses", "Entreprises employeuses", "Entreprises ayant au moins un salarié, concernées par les mesures portant sur les salaires et les cotisations patronales."},
        {"createurs", "Entreprises récemment créées", "Entreprises immatriculées depuis peu, pour lesquelles des règles particulières de comparaison du chiffre d'affaires s'appliquent."},
        {"entreprises-en-difficulte", "Entreprises en difficulté", "Entreprises confrontées à de graves tensions de trésorerie, à un refus de crédit ou à une procédure collective."},
    };

    record Funder(String id, String name, String kind, String np, boolean plural, boolean withUrl, String description) {}

    static final List<Funder> FUNDERS =
            List.of(
                    new Funder("etat", "État", "etat", "l'État", false, true, "Ministères de l'Économie et des Finances, de l'Action et des Comptes publics et du Travail, et leurs services déconcentrés."),
                    new Funder("dgfip", "Direction générale des Finances publiques (DGFiP)", "etat", "la DGFiP", false, true, "Administration fiscale de l'État ; elle verse le volet 1 du fonds de solidarité et accorde délais et remises d'impôts."),
                    new Funder("direccte", "DIRECCTE", "etat", "la DIRECCTE", false, false, "Services déconcentrés du ministère du Travail, qui instruisent les demandes d'activité partielle."),
                    new Funder("urssaf", "URSSAF", "organisme", "l'URSSAF", false, true, "Organisme de recouvrement des cotisations sociales des employeurs et des travailleurs indépendants."),
                    new Funder("cpsti", "Conseil de la protection sociale des travailleurs indépendants (CPSTI)", "organisme", "le CPSTI", false, false, "Il pilote l'action sociale des travailleurs indépendants et a décidé de l'aide financière exceptionnelle."),
                    new Funder("region-occitanie", "Région Occitanie / Pyrénées-Méditerranée", "region", "la Région Occitanie", false, true, "Conseil régional ; il finance son plan d'urgence et contribue au fonds de solidarité national."),
                    new Funder("ad-occitanie", "Agence de développement économique d'Occitanie (AD'OCC)", "organisme", "l'agence AD'OCC", false, false, "Agence régionale qui instruit une partie des aides économiques de la Région."),
                    new Funder("autres-regions", "Conseils régionaux (hors Occitanie)", "region", "le conseil régional", false, false, "Régions qui ont adopté des plans d'urgence comparables à celui de l'Occitanie."),
                    new Funder("departements-occitanie", "Départements d'Occitanie", "departement", "les départements d'Occitanie", true, false, "Conseils départementaux de la région, cofinanceurs de fonds territoriaux."),
                    new Funder("departement-haute-garonne", "Département de la Haute-Garonne", "departement", "le Département de la Haute-Garonne", false, true, "Conseil départemental de la Haute-Garonne."),
                    new Funder("departement-herault", "Département de l'Hérault", "departement", "le Département de l'Hérault", false, false, "Conseil départemental de l'Hérault."),
                    new Funder("departement-gard", "Département du Gard", "departement", "le Département du Gard", false, false, "Conseil départemental du Gard."),
                    new Funder("departement-tarn-et-garonne", "Département de Tarn-et-Garonne", "departement", "le Département de Tarn-et-Garonne", false, true, "Conseil départemental de Tarn-et-Garonne."),
                    new Funder("autres-departements", "Conseils départementaux", "departement", "le conseil départemental", false, false, "Départements qui ont mis en place des aides d'urgence aux entreprises de leur territoire."),
                    new Funder("toulouse-metropole", "Toulouse Métropole", "organisme", "Toulouse Métropole", false, false, "Métropole toulousaine, qui a adopté un plan de soutien au commerce et à l'artisanat."),
                    new Funder("montpellier-mediterranee-metropole", "Montpellier Méditerranée Métropole", "organisme", "Montpellier Méditerranée Métropole", false, false, "Métropole montpelliéraine, qui a adopté des exonérations et aides directes."),
                    new Funder("intercommunalites", "Communautés de communes et d'agglomération", "organisme", "les intercommunalités", true, false, "Établissements publics de coopération intercommunale qui complètent les aides régionales."),
                    new Funder("bpifrance", "Bpifrance", "banque", "Bpifrance", false, true, "Banque publique d'investissement : prêts sans garantie, garantie de l'État sur les prêts garantis."),
                    new Funder("banques", "Banques", "banque", "les banques", true, false, "Établissements de crédit de l'entreprise : ils accordent les prêts garantis et les reports d'échéances."),
                    new Funder("banque-de-france", "Banque de France", "organisme", "la Banque de France", false, true, "Elle porte la médiation du crédit aux entreprises, avec un médiateur dans chaque département."),
                    new Funder("banque-des-territoires", "Banque des Territoires", "organisme", "la Banque des Territoires", false, false, "Branche de la Caisse des Dépôts ; cofinanceur de fonds territoriaux."),
                    new Funder("cma-france", "CMA France", "chambre", "CMA France", false, true, "Tête de réseau des chambres de métiers et de l'artisanat."),
                    new Funder("crma-occitanie", "Chambre régionale de métiers et de l'artisanat d'Occitanie", "chambre", "la chambre régionale de métiers et de l'artisanat", false, false, "Chambre régionale, qui coordonne le réseau des chambres départementales."),
                    new Funder("fafcea", "FAFCEA", "organisme", "le FAFCEA", false, false, "Fonds d'assurance formation des chefs d'entreprise artisanale."),
                    new Funder("ademe", "ADEME", "organisme", "l'ADEME", false, true, "Agence de la transition écologique, qui finance des aides à l'investissement."));

    static final Map<String, Funder> FUNDER_BY_ID = new HashMap<>();

    static {
        for (Funder f : FUNDERS) {
            FUNDER_BY_ID.put(f.id(), f);
        }
    }

    enum Amount { GRANT, LOAN, PERCENT, DAILY, NONE }

    record Kind(String title, String np, boolean plural, String[] cats, String[] funders, Amount amount, String purpose) {}

    static Kind k(String title, String np, boolean plural, String cats, String funders, Amount amount, String purpose) {
        return new Kind(title, np, plural, cats.split(","), funders.split(","), amount, purpose);
    }

    static final List<Kind> KINDS =
            List.of(
                    k("Aide exceptionnelle", "l'aide exceptionnelle", false, "subventions", "etat,dgfip", Amount.GRANT, "de compenser une partie de la perte de chiffre d'affaires subie pendant le confinement"),
                    k("Fonds de solidarité", "le fonds de solidarité", false, "subventions", "etat,dgfip", Amount.GRANT, "de recevoir une aide forfaitaire mensuelle lorsque leur chiffre d'affaires a chuté d'au moins 50 %"),
                    k("Prêt à taux zéro", "le prêt à taux zéro", false, "prets-et-garanties", "bpifrance,banque-des-territoires", Amount.LOAN, "d'emprunter sans intérêts pour reconstituer leur trésorerie"),
                    k("Prêt garanti par l'État", "le prêt garanti par l'État", false, "prets-et-garanties", "etat,bpifrance,banques", Amount.LOAN, "d'obtenir de leur banque un prêt de trésorerie garanti à 90 % par l'État"),
                    k("Avance remboursable", "l'avance remboursable", false, "prets-et-garanties", "bpifrance", Amount.LOAN, "de financer leur besoin en fonds de roulement sans garantie personnelle"),
                    k("Report des cotisations sociales", "le report des cotisations sociales", false, "reports-de-charges", "urssaf", Amount.NONE, "de décaler le paiement de leurs cotisations sans majoration ni pénalité"),
                    k("Étalement des échéances fiscales", "l'étalement des échéances fiscales", false, "fiscalite,reports-de-charges", "dgfip", Amount.NONE, "d'obtenir un plan de règlement de leurs impôts directs"),
                    k("Remise d'impôts directs", "la remise d'impôts directs", false, "fiscalite", "dgfip", Amount.PERCENT, "de demander l'annulation d'une partie de leurs impôts directs"),
                    k("Activité partielle", "l'activité partielle", false, "activite-partielle", "etat,direccte", Amount.PERCENT, "de faire prendre en charge par l'État une partie des salaires pendant la baisse d'activité"),
                    k("Aide au paiement des loyers", "l'aide au paiement des loyers", false, "loyers-et-factures,subventions", "etat", Amount.GRANT, "de couvrir une partie du loyer de leurs locaux professionnels"),
                    k("Report des factures d'eau et d'énergie", "le report des factures d'eau et d'énergie", false, "loyers-et-factures,reports-de-charges", "etat", Amount.NONE, "de suspendre le paiement de leurs factures d'eau, de gaz et d'électricité"),
                    k("Subvention d'investissement", "la subvention d'investissement", false, "investissement,subventions", "ademe,etat", Amount.GRANT, "de financer les équipements nécessaires à la reprise de l'activité"),
                    k("Chèque numérique", "le chèque numérique", false, "numerique,subventions", "etat", Amount.GRANT, "de financer un site de vente en ligne ou un service de « click and collect »"),
                    k("Médiation du crédit", "la médiation du crédit", false, "mediation", "banque-de-france", Amount.NONE, "de trouver une solution avec leur banque en cas de refus de prêt"),
                    k("Cellule d'écoute", "la cellule d'écoute", false, "accompagnement", "cma-france", Amount.NONE, "de trouver une écoute et des conseils auprès de la chambre de métiers"),
                    k("Accompagnement à la reprise", "l'accompagnement à la reprise", false, "accompagnement", "cma-france,crma-occitanie", Amount.NONE, "d'obtenir des conseils pour préparer la réouverture dans de bonnes conditions sanitaires"),
                    k("Indemnités journalières", "les indemnités journalières", true, "protection-sociale", "cpsti", Amount.DAILY, "de percevoir des indemnités lorsqu'ils doivent garder leurs enfants ou sont vulnérables"),
                    k("Aide de l'action sociale", "l'aide de l'action sociale", false, "protection-sociale,subventions", "cpsti,urssaf", Amount.GRANT, "de recevoir une aide financière exceptionnelle en cas de difficulté personnelle"),
                    k("Garantie de prêt", "la garantie de prêt", false, "prets-et-garanties", "bpifrance", Amount.PERCENT, "d'obtenir plus facilement un crédit grâce à une garantie publique"),
                    k("Exonération de cotisations", "l'exonération de cotisations", false, "reports-de-charges,fiscalite", "urssaf", Amount.PERCENT, "de ne pas payer une partie des cotisations dues au titre de la période de fermeture"),
                    k("Fonds de prévention", "le fonds de prévention", false, "subventions", "etat", Amount.GRANT, "de prévenir les difficultés de trésorerie avant qu'elles ne deviennent graves"),
                    k("Prime à la reprise d'activité", "la prime à la reprise d'activité", false, "subventions,investissement", "etat", Amount.GRANT, "de financer les premiers frais de la réouverture"),
                    k("Aide à l'équipement sanitaire", "l'aide à l'équipement sanitaire", false, "investissement", "etat,ademe", Amount.GRANT, "d'acheter masques, gel, parois de protection et signalétique"),
                    k("Assouplissement des marchés publics", "l'assouplissement des marchés publics", false, "marches-publics", "etat", Amount.NONE, "d'échapper aux pénalités de retard sur les marchés publics en cours"),
                    k("Pass rebond", "le pass rebond", false, "prets-et-garanties,subventions", "banque-des-territoires", Amount.LOAN, "de combiner un prêt et une subvention pour relancer leur activité"),
                    k("Prise en charge des formations", "la prise en charge des formations", false, "accompagnement", "fafcea", Amount.GRANT, "de se former pendant la baisse d'activité sans avancer les frais"),
                    k("Médiation des entreprises", "la médiation des entreprises", false, "mediation", "etat", Amount.NONE, "de régler à l'amiable un litige avec un client ou un fournisseur"),
                    k("Délais de paiement des impôts", "les délais de paiement des impôts", true, "fiscalite", "dgfip", Amount.NONE, "de reporter sans pénalité l'échéance de leurs impôts directs"));

    record Target(String np, String[] benef) {}

    static Target t(String np, String benef) {
        return new Target(np, benef.split(","));
    }

    static final List<Target> TARGETS =
            List.of(
                    t("les artisans", "artisans"),
                    t("les boulangeries-pâtisseries", "artisans,tpe"),
                    t("les salons de coiffure", "artisans,tpe"),
                    t("les entreprises du bâtiment", "artisans,pme,entreprises-employeuses"),
                    t("les micro-entrepreneurs", "micro-entrepreneurs,travailleurs-independants"),
                    t("les auto-entrepreneurs", "micro-entrepreneurs"),
                    t("les commerçants de proximité", "commercants,tpe"),
                    t("les restaurateurs et traiteurs", "commercants,artisans"),
                    t("les chauffeurs de taxi", "travailleurs-independants"),
                    t("les fleuristes", "commercants"),
                    t("les boucheries-charcuteries", "artisans,commercants"),
                    t("les garages automobiles", "artisans,entreprises-employeuses"),
                    t("les instituts de beauté", "artisans,tpe"),
                    t("les métiers d'art", "artisans"),
                    t("les pressings et laveries", "artisans,tpe"),
                    t("les photographes", "artisans,micro-entrepreneurs"),
                    t("les entreprises de moins de dix salariés", "tpe"),
                    t("les travailleurs indépendants", "travailleurs-independants"),
                    t("les conjoints collaborateurs", "conjoints-collaborateurs"),
                    t("les entreprises récemment créées", "createurs"),
                    t("les menuisiers et ébénistes", "artisans"),
                    t("les plombiers-chauffagistes", "artisans"),
                    t("les électriciens", "artisans"),
                    t("les poissonneries", "commercants,artisans"),
                    t("les cordonniers", "artisans,micro-entrepreneurs"),
                    t("les toiletteurs pour animaux", "artisans,micro-entrepreneurs"),
                    t("les prothésistes dentaires", "artisans"),
                    t("les imprimeurs", "artisans,pme"),
                    t("les horlogers-bijoutiers", "artisans,commercants"),
                    t("les entreprises en difficulté", "entreprises-en-difficulte"),
                    t("les employeurs de l'artisanat", "entreprises-employeuses,artisans"),
                    t("les petites et moyennes entreprises", "pme"));

    static final String[] SUFFIXES = {
        "", "", "", "", "", "", " (volet 2)", " : deuxième vague", " (volet 3)", " — prolongation",
        " (dispositif d'urgence)", " : foire aux questions", " : mode d'emploi", " (mesure temporaire)", " : nouvelles conditions",
    };

    static final String[] TAGS = {
        "trésorerie", "chiffre d'affaires", "loyer", "cotisations", "chômage partiel", "activité partielle",
        "boulangerie", "coiffure", "bâtiment", "fonds de solidarité", "PGE", "prêt", "micro-entrepreneur",
        "auto-entrepreneur", "indépendants", "URSSAF", "impôts", "TVA", "CFE", "confinement", "réouverture",
        "déconfinement", "protocole sanitaire", "masques", "numérique", "click and collect", "apprentissage",
        "salariés", "dirigeant", "perte", "fermeture administrative", "restauration", "commerce de proximité",
        "métiers d'art", "taxi", "garde d'enfants", "médiation", "banque", "échéances", "factures",
    };

    static final String[] MONTHS = {
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre",
    };

    // ------------------------------------------------------------------ per-measure context

    enum Level { NATIONAL, REGIONAL, DEPARTMENTAL, LOCAL }

    /** What pass 1 (titles, slugs) and pass 2 (files) both derive from (seed, index). */
    static final class Core {
        Random r;
        Kind kind;
        Target target;
        Level level;
        Region region;
        Region region2;
        List<Dep> deps = new ArrayList<>();
        String whereTitle; // "" or " en Occitanie"
        String whereBody; // "sur l'ensemble du territoire national"
        String title;
        boolean draft;
    }

    final long seed;
    final int n;
    final List<Region> regions = new ArrayList<>();
    final String[] slugs;
    final String[] titles;
    final boolean[] drafts;
    int[] published; // indices of non-draft measures
    long totalWords;
    int minWords = Integer.MAX_VALUE;
    int maxWords;
    int tables;
    int draftCount;

    GenerateCorpus(int n, long seed) {
        this.n = n;
        this.seed = seed;
        regions.add(OCCITANIE);
        int extra = Math.min(OTHER_REGIONS.size(), n / 500);
        regions.addAll(OTHER_REGIONS.subList(0, extra));
        slugs = new String[n];
        titles = new String[n];
        drafts = new boolean[n];
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    Random rng(long stream) {
        return new Random(mix(seed + 0x9E3779B97F4A7C15L * (stream + 1)));
    }

    static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    static int between(Random r, int lo, int hi) {
        return lo + r.nextInt(hi - lo + 1);
    }

    Region randomRegion(Random r) {
        if (regions.size() == 1 || r.nextInt(100) < 70) {
            return OCCITANIE;
        }
        return regions.get(1 + r.nextInt(regions.size() - 1));
    }

    Core core(int i) {
        Core c = new Core();
        Random r = rng(i);
        c.r = r;
        c.kind = pick(r, KINDS);
        c.target = pick(r, TARGETS);
        int lv = r.nextInt(100);
        c.level = lv < 35 ? Level.NATIONAL : lv < 60 ? Level.REGIONAL : lv < 90 ? Level.DEPARTMENTAL : Level.LOCAL;
        switch (c.level) {
            case NATIONAL -> {
                c.whereTitle = "";
                c.whereBody = "sur l'ensemble du territoire national";
            }
            case REGIONAL -> {
                c.region = randomRegion(r);
                if (regions.size() > 1 && r.nextInt(100) < 8) {
                    Region other = regions.get(r.nextInt(regions.size()));
                    if (other != c.region) {
                        c.region2 = other;
                    }
                }
                c.whereTitle = " " + c.region.in() + (c.region2 == null ? "" : " et " + c.region2.in());
                c.whereBody = c.whereTitle.substring(1);
            }
            case DEPARTMENTAL -> {
                c.region = randomRegion(r);
                int count = r.nextInt(100) < 80 ? 1 : between(r, 2, 3);
                count = Math.min(count, c.region.deps().size());
                while (c.deps.size() < count) {
                    Dep d = pick(r, c.region.deps());
                    if (!c.deps.contains(d)) {
                        c.deps.add(d);
                    }
                }
                if (count == 1) {
                    c.whereTitle = " " + c.deps.get(0).in();
                } else {
                    c.whereTitle = " dans " + (count == 2 ? "deux" : "trois") + " départements " + c.region.of();
                }
                StringBuilder b = new StringBuilder();
                for (int j = 0; j < c.deps.size(); j++) {
                    if (j > 0) {
                        b.append(j == c.deps.size() - 1 ? " et " : ", ");
                    }
                    b.append(c.deps.get(j).in());
                }
                c.whereBody = b.toString();
            }
            case LOCAL -> {
                c.region = randomRegion(r);
                Dep d = pick(r, c.region.deps());
                c.deps.add(d);
                c.whereTitle = " " + d.inCity();
                c.whereBody = "dans l'agglomération " + de(d.city()) + " (" + d.name() + ")";
            }
        }
        String suffix = pick(r, SUFFIXES);
        String base = c.kind.title() + " pour " + c.target.np();
        String title = base + c.whereTitle + suffix;
        if (title.length() > 140) {
            title = base + c.whereTitle;
        }
        if (title.length() > 140) {
            title = base;
        }
        c.title = title;
        c.draft = r.nextInt(1000) < 20;
        return c;
    }

    // ------------------------------------------------------------------ French helpers

    static boolean startsWithVowel(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char ch = Character.toLowerCase(s.charAt(0));
        return "aeiouyàâäéèêëîïôöûüœh".indexOf(ch) >= 0 && !s.startsWith("Hau") && !s.startsWith("hau");
    }

    /** "de" + noun phrase, with contractions and elision: du, des, de la, de l', d'. */
    static String de(String np) {
        if (np.startsWith("le ")) {
            return "du " + np.substring(3);
        }
        if (np.startsWith("les ")) {
            return "des " + np.substring(4);
        }
        if (np.startsWith("la ") || np.startsWith("l'")) {
            return "de " + np;
        }
        if (np.startsWith("Le ")) {
            return "du " + np.substring(3);
        }
        return startsWithVowel(np) ? "d'" + np : "de " + np;
    }

    /** "à" + noun phrase: au, aux, à la, à l'. */
    static String a(String np) {
        if (np.startsWith("le ")) {
            return "au " + np.substring(3);
        }
        if (np.startsWith("les ")) {
            return "aux " + np.substring(4);
        }
        return "à " + np;
    }

    /** "par" + noun phrase. */
    static String par(String np) {
        return "par " + np;
    }

    /** "que" + word, elided before a vowel. */
    static String que(String s) {
        return startsWithVowel(s) ? "qu'" + s : "que " + s;
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String uncap(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s; // acronym
        }
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String frDate(LocalDate d) {
        return (d.getDayOfMonth() == 1 ? "1er" : String.valueOf(d.getDayOfMonth()))
                + " "
                + MONTHS[d.getMonthValue() - 1]
                + " "
                + d.getYear();
    }

    /** 1500 → "1 500 €". */
    static String euros(long v) {
        String s = Long.toString(v);
        StringBuilder b = new StringBuilder();
        int len = s.length();
        for (int j = 0; j < len; j++) {
            if (j > 0 && (len - j) % 3 == 0) {
                b.append(' ');
            }
            b.append(s.charAt(j));
        }
        return b.append(" €").toString();
    }

    static final int MAX_SLUG = 80;

    static final Set<String> DANGLING =
            Set.of("a", "au", "aux", "d", "de", "des", "du", "l", "la", "le", "les", "en", "et", "dans",
                    "pour", "deux", "trois");

    static String slugify(String title) {
        String s = title.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae");
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        boolean hyphen = false;
        for (int j = 0; j < s.length(); j++) {
            char ch = s.charAt(j);
            if (ch >= 'A' && ch <= 'Z') {
                ch = (char) (ch + 32);
            }
            if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
                if (hyphen && b.length() > 0) {
                    b.append('-');
                }
                hyphen = false;
                b.append(ch);
            } else if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                // accent stripped
            } else {
                hyphen = true;
            }
        }
        String slug = b.toString();
        // At most 80 characters, cut at a hyphen, so that a numeric suffix keeps it short.
        if (slug.length() > MAX_SLUG) {
            int cut = slug.lastIndexOf('-', MAX_SLUG);
            slug = slug.substring(0, cut > 0 ? cut : MAX_SLUG);
            // Do not end on a dangling article or preposition ("...-dans-deux-departements-d").
            boolean trimmed = true;
            while (trimmed) {
                trimmed = false;
                int last = slug.lastIndexOf('-');
                if (last > 0 && DANGLING.contains(slug.substring(last + 1))) {
                    slug = slug.substring(0, last);
                    trimmed = true;
                }
            }
        }
        return slug.isEmpty() ? "mesure" : slug;
    }

    /** YAML double-quoted scalar. */
    static String q(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int j = 0; j < s.length(); j++) {
            char ch = s.charAt(j);
            if (ch == '"' || ch == '\\') {
                b.append('\\');
            }
            b.append(ch);
        }
        return b.append('"').toString();
    }

    /** An id inside a flow list: quoted when it starts with a digit ("09", "2a"). */
    static String id(String id) {
        return Character.isDigit(id.charAt(0)) ? q(id) : id;
    }

    static String flowIds(List<String> ids) {
        StringBuilder b = new StringBuilder("[");
        for (int j = 0; j < ids.size(); j++) {
            if (j > 0) {
                b.append(", ");
            }
            b.append(id(ids.get(j)));
        }
        return b.append(']').toString();
    }

    static int countWords(CharSequence s) {
        int words = 0;
        boolean inWord = false;
        for (int j = 0; j < s.length(); j++) {
            char ch = s.charAt(j);
            if (Character.isLetterOrDigit(ch)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (ch == ' ' || ch == '\n' || ch == '|') {
                inWord = false;
            }
        }
        return words;
    }

    // ------------------------------------------------------------------ sentences

    /** Per-measure values used by the sentence templates. */
    static final class Ctx {
        Random r;
        Kind kind;
        String K; // "le prêt à taux zéro"
        String B; // "les artisans"
        String W; // "en Haute-Garonne"
        Funder F;
        String amount;
        long amountMax;
        LocalDate opens;
        LocalDate closes;
        String applyUrl;
        String slug;
        String chamberName;

        String v(String singular, String plural) {
            return kind.plural() ? plural : singular;
        }

        String fv(String singular, String plural) {
            return F.plural() ? plural : singular;
        }
    }

    interface Tpl {
        String make(Ctx c);
    }

    static final Tpl[] INTRO = {
        c -> cap(c.K) + " " + c.v("vise", "visent") + " à soutenir " + c.B + " " + c.W + " dont l'activité a été réduite ou interrompue par la crise sanitaire.",
        c -> "Face aux conséquences de l'épidémie de Covid-19, " + c.F.np() + " " + c.fv("a", "ont") + " mis en place " + c.K + " pour " + c.B + " " + c.W + ".",
        c -> "Cette mesure s'adresse en priorité " + a(c.B) + " qui ont subi une perte de chiffre d'affaires importante depuis le début du confinement.",
        c -> "Elle complète les dispositifs nationaux, comme le fonds de solidarité et le prêt garanti par l'État, pour préserver la trésorerie des entreprises artisanales.",
        c -> "L'objectif est simple : permettre " + a(c.B) + " de faire face à leurs charges fixes (loyer, assurances, abonnements) pendant la période de fermeture administrative.",
        c -> "Depuis le 16 mars 2020, de nombreuses entreprises artisanales ont dû baisser le rideau ; " + c.K + " " + c.v("fait", "font") + " partie des réponses apportées " + par(c.F.np()) + ".",
        c -> "Les chambres de métiers et de l'artisanat accompagnent les chefs d'entreprise dans leurs démarches et répondent à leurs questions au 0 806 803 900.",
        c -> "Pour " + c.B + " comme pour l'ensemble de l'artisanat, la baisse d'activité s'est traduite par des tensions de trésorerie immédiates.",
        c -> "Beaucoup d'artisans ont vu leur chiffre d'affaires s'effondrer en quelques jours, alors que les charges, elles, continuaient de tomber.",
        c -> cap(c.K) + " " + c.v("permet", "permettent") + " " + a(c.B) + " " + c.kind.purpose() + ".",
    };

    static final String[] ELIGIBILITY = {
        "avoir débuté son activité avant le **1er février 2020**",
        "employer au plus **dix salariés**",
        "employer au plus vingt salariés, apprentis non compris",
        "réaliser un chiffre d'affaires annuel inférieur à **1 million d'euros**",
        "avoir subi une perte de chiffre d'affaires d'**au moins 50 %** en mars 2020 par rapport à mars 2019",
        "ne pas être en liquidation judiciaire au 1er mars 2020",
        "être à jour de ses obligations fiscales et sociales au 31 décembre 2019",
        "avoir fait l'objet d'une **interdiction d'accueil du public** entre le 1er et le 31 mars 2020",
        "être immatriculé au répertoire des métiers ou au registre du commerce et des sociétés",
        "pour les micro-entrepreneurs et auto-entrepreneurs, avoir déclaré un chiffre d'affaires au titre du premier trimestre",
        "ne pas être titulaire, au 1er mars 2020, d'un contrat de travail à temps complet",
        "ne pas avoir perçu d'indemnités journalières supérieures à 800 € sur la période",
        "exercer une activité de boulangerie, de coiffure, du bâtiment ou de services à la personne",
        "disposer d'un bénéfice imposable inférieur à 60 000 € au titre du dernier exercice clos",
        "ne pas être contrôlé par une société commerciale",
        "avoir au moins un salarié au 1er mars 2020",
        "justifier d'un refus de prêt de trésorerie par sa banque habituelle",
        "avoir engagé des dépenses de protection sanitaire depuis le 14 mars 2020",
        "exploiter un local commercial ouvert au public",
        "ne pas avoir bénéficié d'une autre aide régionale pour le même objet",
    };

    static final Tpl[] AMOUNT_LINES = {
        c -> "Le montant de l'aide est de **" + c.amount + "**, versé en une seule fois sur le compte bancaire de l'entreprise.",
        c -> "L'entreprise peut obtenir **" + uncap(c.amount) + "**, selon sa taille et l'importance de la perte subie.",
        c -> "Le plafond est fixé à " + euros(c.amountMax) + " par entreprise ; le montant exact dépend de la perte de chiffre d'affaires constatée.",
        c -> "Pour une boulangerie réalisant 200 000 € de chiffre d'affaires, cela représente environ deux semaines de charges fixes.",
        c -> "Le montant retenu (" + uncap(c.amount) + ") n'est pas imposable et n'entre pas dans le calcul des cotisations sociales.",
    };

    static final String[] CONDITIONS_GENERIC = {
        "L'aide n'est pas imposable et n'entre pas dans le calcul des cotisations sociales.",
        "Le dispositif est cumulable avec le fonds de solidarité, sous réserve de ne pas dépasser le plafond des aides d'État autorisées par la Commission européenne.",
        "Les sommes versées sont destinées à couvrir les charges courantes de l'entreprise et non la rémunération du dirigeant.",
        "Le montant est calculé sur la base de la perte de chiffre d'affaires constatée, dans la limite du plafond fixé par décret.",
        "Les entreprises du bâtiment dont les chantiers ont été interrompus peuvent également en bénéficier, sous conditions.",
        "Un salon de coiffure fermé du 17 mars au 11 mai peut ainsi couvrir une partie de son loyer et de ses cotisations.",
        "Les micro-entrepreneurs qui ont opté pour le versement libératoire peuvent moduler leurs paiements mensuels ou trimestriels.",
        "Qu'il s'agisse d'une entreprise individuelle ou d'une société, les règles de calcul de la perte sont les mêmes.",
        "Le chiffre d'affaires de référence est celui du même mois de l'année précédente ou, au choix, le chiffre d'affaires mensuel moyen de 2019.",
        "Pour les entreprises créées après le 1er mars 2019, la comparaison se fait avec le chiffre d'affaires moyen depuis la création.",
    };

    static final String[] CONDITIONS_LOAN = {
        "Le prêt peut atteindre jusqu'à trois mois de chiffre d'affaires 2019, ou deux années de masse salariale pour les entreprises innovantes.",
        "Aucun remboursement n'est exigé la première année ; l'entreprise peut ensuite choisir d'amortir le prêt sur une durée maximale de cinq ans.",
        "Le taux d'intérêt est nul et aucune garantie personnelle n'est demandée au dirigeant.",
        "La garantie de l'État couvre 90 % du montant emprunté ; son coût varie de 0,25 % à 0,5 % la première année.",
        "Les échéances de prêts bancaires peuvent être reportées jusqu'à six mois, sans frais ni pénalités, sur simple demande auprès de sa banque.",
        "Le différé d'amortissement permet de ne rembourser que les intérêts pendant les douze premiers mois.",
    };

    static final String[] CONDITIONS_CHARGES = {
        "Les cotisations reportées ne donnent lieu à aucune majoration ni pénalité de retard.",
        "Le report est automatique pour les travailleurs indépendants : aucune démarche n'est nécessaire.",
        "Les sommes reportées devront être réglées plus tard, selon un échéancier qui sera communiqué à chaque cotisant.",
        "Le bailleur peut accepter de suspendre ou d'annuler les loyers d'avril et de mai ; la chambre de métiers peut accompagner la négociation.",
        "Les fournisseurs d'eau, de gaz et d'électricité ne peuvent pas suspendre ou réduire la fourniture pour non-paiement pendant l'état d'urgence.",
        "La remise est accordée au cas par cas, après examen de la situation de l'entreprise par le service des impôts.",
    };

    static final String[] CONDITIONS_SOCIAL = {
        "L'indemnité d'activité partielle couvre 70 % de la rémunération brute, soit environ 84 % du salaire net, dans la limite de 4,5 SMIC.",
        "Le chômage partiel ne concerne que les entreprises qui emploient des salariés ; le dirigeant non salarié n'en bénéficie pas.",
        "Les indemnités journalières sont versées sans délai de carence pendant toute la durée de la fermeture des écoles.",
        "L'aide de l'action sociale est attribuée après examen du dossier par une commission, sans condition de perte minimale.",
        "Les salariés placés en activité partielle conservent leurs droits à congés payés et à la retraite.",
    };

    static final String[] CONDITIONS_SUPPORT = {
        "Les conseillers de la chambre de métiers aident à remplir les dossiers et vérifient les pièces avant leur envoi.",
        "L'accompagnement est gratuit et confidentiel ; il peut se faire par téléphone, par courriel ou en visioconférence.",
        "La saisine du médiateur est gratuite et se fait en ligne ; un médiateur départemental prend contact sous 48 heures.",
        "Les dépenses éligibles comprennent l'achat de masques, de gel hydroalcoolique, de parois de protection en plexiglas et la signalétique.",
        "Les pénalités de retard prévues par les marchés publics ne sont pas appliquées lorsque l'entreprise a été empêchée par la crise sanitaire.",
    };

    static final Tpl[] STEPS = {
        c -> "Rassemblez les pièces justificatives : relevé d'identité bancaire, déclaration de chiffre d'affaires, attestation sur l'honneur.",
        c -> c.applyUrl != null
                ? "Déposez le dossier en ligne sur [la plateforme dédiée](" + c.applyUrl + "), depuis l'espace professionnel de l'entreprise."
                : "Connectez-vous à votre espace particulier sur le site des impôts et ouvrez la messagerie sécurisée.",
        c -> "Remplissez le formulaire en indiquant votre numéro SIRET et le montant de la perte de chiffre d'affaires.",
        c -> "Contactez votre banque habituelle pour obtenir un pré-accord, puis confirmez la demande sur le site de Bpifrance.",
        c -> "Envoyez votre demande avant la date limite ; un accusé de réception vous est adressé par courriel.",
        c -> "En cas de difficulté, appelez la chambre de métiers et de l'artisanat au [0 806 803 900](tel:+33806803900), du lundi au vendredi.",
        c -> "L'instruction prend en général une à trois semaines ; le versement intervient par virement.",
        c -> "Conservez les justificatifs pendant cinq ans : l'administration peut procéder à des contrôles a posteriori.",
        c -> c.chamberName != null
                ? "Faites-vous accompagner par la " + uncap(c.chamberName) + ", qui relit le dossier avant son dépôt."
                : "Faites-vous accompagner par votre chambre de métiers et de l'artisanat, qui relit le dossier avant son dépôt.",
    };

    static final Tpl[] FILLER = {
        c -> "La trésorerie reste la première préoccupation des chefs d'entreprise artisanale : il est conseillé d'anticiper ses besoins sur les trois prochains mois.",
        c -> "Les auto-entrepreneurs doivent déclarer leur chiffre d'affaires à l'URSSAF même s'il est nul.",
        c -> "Le chômage partiel, appelé aussi activité partielle, ne concerne que les entreprises qui emploient des salariés.",
        c -> "Les commerces de proximité, comme les boulangeries ou les boucheries, ont pu rester ouverts mais ont souvent vu leur clientèle diminuer.",
        c -> "Dans le bâtiment, la reprise des chantiers s'accompagne du respect du guide de préconisations sanitaires de la profession.",
        c -> "Les salons de coiffure ont pu rouvrir le 11 mai 2020, avec un protocole sanitaire strict et sur rendez-vous.",
        c -> "Les loyers et charges locatives des locaux professionnels ne peuvent donner lieu à des pénalités pendant la période d'état d'urgence.",
        c -> "L'aide ne peut pas être cumulée, pour le même mois, avec une pension de retraite supérieure à 1 500 €.",
        c -> "Il est utile d'en parler tôt avec son expert-comptable, qui connaît les chiffres de l'entreprise et peut préparer les justificatifs.",
        c -> "Les montants indiqués sont des plafonds ; l'aide effectivement versée dépend de la situation de chaque entreprise.",
        c -> "L'État a annoncé que les dispositifs seraient prolongés pour les secteurs les plus touchés, comme la restauration et l'événementiel.",
        c -> "En cas de refus de prêt, la médiation du crédit peut être saisie gratuitement par internet.",
        c -> "Les prêts garantis par l'État peuvent être demandés jusqu'au 31 décembre 2020 auprès de toutes les banques.",
        c -> "Un micro-entrepreneur qui a perdu l'essentiel de son chiffre d'affaires peut cumuler plusieurs aides, à condition de bien les déclarer.",
        c -> "Les chambres de métiers et de l'artisanat d'Occitanie ont renforcé leurs équipes pour répondre aux questions des artisans.",
        c -> "Les cotisations sociales des indépendants ont été automatiquement reportées pour les échéances de mars, avril et mai.",
        c -> "Les entreprises qui ont dû fermer leur atelier peuvent aussi demander l'étalement de leurs factures d'énergie.",
        c -> "Le fonds de solidarité a été prolongé à plusieurs reprises, avec des conditions d'accès élargies aux entreprises qui emploient jusqu'à vingt salariés.",
        c -> "Qu'il s'agisse d'un atelier de menuiserie ou d'une boutique de fleurs, la reprise d'activité doit s'organiser dans le respect des gestes barrières.",
        c -> "Les informations de cette fiche sont vérifiées régulièrement ; en cas de doute, la chambre de métiers reste l'interlocuteur de référence.",
        c -> cap(c.K) + " ne dispense pas l'entreprise de ses obligations déclaratives habituelles.",
        c -> "Pour " + c.B + ", la saison touristique représente souvent une part importante du chiffre d'affaires annuel.",
        c -> "Les artisans " + c.W + " peuvent s'adresser à leur chambre départementale, qui relaie les informations des services de l'État.",
        c -> "Le versement est effectué sur le compte professionnel de l'entreprise ; un compte personnel n'est accepté que pour les entreprises individuelles.",
        c -> "Les documents demandés varient d'une administration à l'autre : il vaut mieux préparer un dossier complet dès le départ.",
        c -> "Les entreprises qui emploient des apprentis bénéficient, en plus, de l'aide exceptionnelle à l'embauche d'apprentis.",
        c -> "La perte de chiffre d'affaires s'apprécie hors taxes ; les aides déjà perçues n'entrent pas dans le calcul.",
        c -> "Les délais de réponse se sont allongés au printemps, en raison du nombre très élevé de demandes déposées.",
        c -> "Un artisan qui exerce plusieurs activités doit additionner les chiffres d'affaires de toutes ses activités pour vérifier qu'il remplit les conditions.",
        c -> "Les dates et montants indiqués ici peuvent évoluer : ils sont fixés par des textes qui ont été modifiés plusieurs fois depuis mars 2020.",
        c -> "La TVA et la cotisation foncière des entreprises (CFE) obéissent à des règles particulières qu'il faut vérifier auprès du service des impôts.",
        c -> "Les dirigeants qui se sentent isolés peuvent aussi joindre une cellule d'écoute psychologique, gratuite et anonyme.",
        c -> "Les prêts d'honneur des réseaux d'accompagnement peuvent compléter un prêt bancaire et renforcer les fonds propres.",
        c -> "Les entreprises saisonnières bénéficient de règles de calcul adaptées, fondées sur le chiffre d'affaires de la même période de l'année précédente.",
    };

    static final String[] SECTION_WHO = {"## Pour qui ?", "## Bénéficiaires", "## Qui peut en bénéficier ?"};
    static final String[] SECTION_AMOUNT = {"## Montant", "## Montant de l'aide", "## Combien ?"};
    static final String[] SECTION_WHAT = {"## Ce que prévoit la mesure", "## Conditions", "## En pratique"};
    static final String[] SECTION_HOW = {"## Comment faire la demande ?", "## Démarches", "## Comment en bénéficier ?"};
    static final String[] SECTION_WHEN = {"## Calendrier", "## Dates à retenir"};
    static final String[] SECTION_MORE = {"## À savoir", "## Bon à savoir"};

    // ------------------------------------------------------------------ main

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java bench/GenerateCorpus.java N OUT_DIR [SEED]");
            System.exit(2);
        }
        int n;
        long seed;
        try {
            n = Integer.parseInt(args[0]);
            seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        } catch (NumberFormatException e) {
            System.err.println("N and SEED must be integers: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (n < 1) {
            System.err.println("N must be at least 1");
            System.exit(2);
        }
        Path content = Paths.get(args[1]).resolve("content");
        if (Files.exists(content)) {
            try (Stream<Path> s = Files.list(content)) {
                if (s.findAny().isPresent()) {
                    System.err.println(content + " already exists and is not empty: remove it first");
                    System.exit(2);
                }
            }
        }
        new GenerateCorpus(n, seed).run(content);
    }

    void run(Path content) throws IOException {
        Files.createDirectories(content.resolve("data"));
        Files.createDirectories(content.resolve("measures"));
        Files.createDirectories(content.resolve("pages"));

        // Pass 1: titles, unique slugs, drafts.
        Set<String> used = new HashSet<>(n * 2);
        Map<String, Integer> nextSuffix = new HashMap<>();
        int publishedCount = 0;
        for (int i = 0; i < n; i++) {
            Core c = core(i);
            String base = slugify(c.title);
            String slug = base;
            if (used.contains(slug)) {
                int s = nextSuffix.getOrDefault(base, 2);
                while (used.contains(base + "-" + s)) {
                    s++;
                }
                slug = base + "-" + s;
                nextSuffix.put(base, s + 1);
            }
            used.add(slug);
            slugs[i] = slug;
            titles[i] = c.title;
            drafts[i] = c.draft;
            if (!c.draft) {
                publishedCount++;
            }
        }
        published = new int[publishedCount];
        for (int i = 0, p = 0; i < n; i++) {
            if (!drafts[i]) {
                published[p++] = i;
            } else {
                draftCount++;
            }
        }

        writeSite(content.resolve("site.yml"));
        writeData(content.resolve("data"));
        writePages(content.resolve("pages"));

        // Pass 2: one file per measure, streamed.
        Path measures = content.resolve("measures");
        StringBuilder buf = new StringBuilder(16 * 1024);
        for (int i = 0; i < n; i++) {
            buf.setLength(0);
            measure(i, buf);
            Files.write(measures.resolve(slugs[i] + ".md"), buf.toString().getBytes(StandardCharsets.UTF_8));
        }
        System.err.printf(
                "GenerateCorpus: %d measures (%d drafts, %d with a table), %d territories, words per body min %d / mean %d / max %d → %s%n",
                n, draftCount, tables, territoryCount(), minWords, totalWords / n, maxWords, content);
    }

    int territoryCount() {
        int t = 1;
        for (Region r : regions) {
            t += 1 + r.deps().size();
        }
        return t;
    }

    static BufferedWriter writer(Path p) throws IOException {
        return Files.newBufferedWriter(p, StandardCharsets.UTF_8);
    }

    void writeSite(Path p) throws IOException {
        try (BufferedWriter w = writer(p)) {
            w.write("title: " + q("Relais — les aides COVID-19 aux artisans d'Occitanie (corpus de test)") + "\n");
            w.write("tagline: " + q("Corpus synthétique de " + n + " mesures pour mesurer les performances du générateur") + "\n");
            w.write("base_url: https://example.org/portail/\n");
            w.write("language: fr\n");
            w.write("phone: \"0 806 803 900\"\n");
            w.write("review_after_days: 180\n");
            w.write("link_check:\n");
            w.write("  timeout_seconds: 5\n");
            w.write("  cache_days: 7\n");
            w.write("  exclude:\n");
            w.write("    - https://www.example.gouv.fr/\n");
            w.write("    - https://example.org/\n");
        }
    }

    void writeData(Path dir) throws IOException {
        try (BufferedWriter w = writer(dir.resolve("categories.yml"))) {
            for (String[] c : CATEGORIES) {
                w.write("- id: " + c[0] + "\n  name: " + q(c[1]) + "\n  description: " + q(c[2]) + "\n");
            }
        }
        try (BufferedWriter w = writer(dir.resolve("beneficiaries.yml"))) {
            for (String[] b : BENEFICIARIES) {
                w.write("- id: " + b[0] + "\n  name: " + q(b[1]) + "\n  description: " + q(b[2]) + "\n");
            }
        }
        try (BufferedWriter w = writer(dir.resolve("funders.yml"))) {
            for (Funder f : FUNDERS) {
                w.write("- id: " + f.id() + "\n  name: " + q(f.name()) + "\n  description: " + q(f.description()) + "\n");
                if (f.withUrl()) {
                    w.write("  url: https://www.example.gouv.fr/financeurs/" + f.id() + "/\n");
                }
                w.write("  kind: " + f.kind() + "\n");
            }
        }
        try (BufferedWriter w = writer(dir.resolve("territories.yml"))) {
            w.write("- id: france\n  name: \"France\"\n  kind: pays\n");
            for (Region r : regions) {
                w.write("- id: " + r.id() + "\n  name: " + q(r.name()) + "\n  kind: region\n  parent: france\n");
                for (Dep d : r.deps()) {
                    w.write("- id: " + q(d.code()) + "\n  name: " + q(d.name()) + "\n  kind: departement\n  parent: " + r.id() + "\n");
                }
            }
        }
        // Chambers: no invented contact details — a placeholder example.org page, and the real
        // regional line only for the Occitanie regional chamber.
        try (BufferedWriter w = writer(dir.resolve("chambers.yml"))) {
            for (Region r : regions) {
                w.write("- id: crma-" + r.id() + "\n  name: " + q("Chambre régionale de métiers et de l'artisanat " + r.of()) + "\n  territory: " + r.id() + "\n");
                if (r == OCCITANIE) {
                    w.write("  phone: \"0 806 803 900\"\n");
                }
                for (Dep d : r.deps()) {
                    w.write("- id: cma-" + d.code() + "\n  name: " + q("Chambre de métiers et de l'artisanat " + d.of()) + "\n  territory: " + q(d.code()) + "\n");
                    w.write("  url: https://example.org/chambres/cma-" + d.code() + "/\n");
                }
            }
        }
    }

    String chamberName(String id) {
        for (Region r : regions) {
            if (id.equals("crma-" + r.id())) {
                return "Chambre régionale de métiers et de l'artisanat " + r.of();
            }
            for (Dep d : r.deps()) {
                if (id.equals("cma-" + d.code())) {
                    return "Chambre de métiers et de l'artisanat " + d.of();
                }
            }
        }
        return null;
    }

    /** Up to {@code k} distinct published measures other than {@code self}. */
    int[] crossRefs(Random r, int self, int k) {
        int available = published.length - (drafts[self] ? 0 : 1);
        k = Math.min(k, available);
        int[] out = new int[k];
        int found = 0;
        for (int attempt = 0; found < k && attempt < 50; attempt++) {
            int j = published[r.nextInt(published.length)];
            boolean dup = j == self;
            for (int x = 0; x < found && !dup; x++) {
                dup = out[x] == j;
            }
            if (!dup) {
                out[found++] = j;
            }
        }
        return Arrays.copyOf(out, found);
    }

    String link(int j) {
        return "[" + uncap(titles[j]) + "](" + slugs[j] + ".md)";
    }

    void writePages(Path dir) throws IOException {
        Random r = rng(-1);
        int[] refs = published.length == 0 ? new int[0] : crossRefs(r, published[0], 2);
        try (BufferedWriter w = writer(dir.resolve("a-propos.md"))) {
            w.write("---\ntitle: \"À propos\"\n");
            w.write("summary: " + q("Qui publie ce portail, d'où viennent les informations et comment nous joindre.") + "\n");
            w.write("menu: 1\nupdated: 2020-04-01\n---\n");
            w.write("Au printemps 2020, l'épidémie de Covid-19 a mis à l'arrêt une grande partie de l'économie. Pour les entreprises artisanales, le choc a été brutal : ateliers fermés, chantiers suspendus, trésorerie à sec.\n\n");
            w.write("## Le réseau des chambres\n\n");
            w.write("Le réseau des chambres de métiers et de l'artisanat d'Occitanie relaie **toutes les mesures** utiles aux artisans : aides de l'État, de la Région, des départements et des intercommunalités.\n\n");
            w.write("1. **Un numéro régional, le [0 806 803 900](tel:+33806803900).**\n2. **Des conseillers à l'écoute** dans chaque département.\n3. **Un relais continu des mesures**, mis à jour au fil des annonces.\n\n");
            w.write("## Ce que vous trouverez ici\n\n");
            w.write("Chaque mesure fait l'objet d'une fiche qui explique à qui elle s'adresse, ce qu'elle permet d'obtenir et comment en faire la demande.");
            if (refs.length > 0) {
                w.write(" Par exemple : " + link(refs[0]));
                if (refs.length > 1) {
                    w.write(" ou " + link(refs[1]));
                }
                w.write(".");
            }
            w.write("\n\nCe corpus est synthétique : il sert à mesurer les performances du générateur. Consultez aussi la [déclaration d'accessibilité](accessibilite.md).\n");
        }
        try (BufferedWriter w = writer(dir.resolve("accessibilite.md"))) {
            w.write("---\ntitle: \"Déclaration d'accessibilité\"\nupdated: 2020-04-01\n---\n");
            w.write("Le portail s'engage à rendre son contenu accessible conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005.\n\n");
            w.write("## État de conformité\n\n");
            w.write("Le site est **partiellement conforme** au référentiel général d'amélioration de l'accessibilité (RGAA), version 4. Un audit est en cours.\n\n");
            w.write("## Voies de recours\n\n");
            w.write("- Écrire au Défenseur des droits : <https://www.example.gouv.fr/defenseur-des-droits/>\n- Appeler le [0 806 803 900](tel:+33806803900).\n");
        }
        try (BufferedWriter w = writer(dir.resolve("mentions-legales.md"))) {
            w.write("---\ntitle: \"Mentions légales\"\nsummary: \"Éditeur, hébergement et données personnelles.\"\nupdated: 2020-04-01\n---\n");
            w.write("## Éditeur\n\nChambre régionale de métiers et de l'artisanat d'Occitanie (corpus de test).\n\n");
            w.write("## Hébergement\n\nLe site est un ensemble de fichiers statiques, publié à l'adresse <https://example.org/portail/>.\n\n");
            w.write("## Données personnelles\n\nCe site ne dépose aucun cookie et ne collecte aucune donnée personnelle.\n");
        }
    }

    // ------------------------------------------------------------------ one measure

    void measure(int i, StringBuilder out) {
        Core c = core(i);
        Random r = c.r;
        String slug = slugs[i];

        // Territories.
        List<String> territories = new ArrayList<>();
        switch (c.level) {
            case NATIONAL -> territories.add("france");
            case REGIONAL -> {
                territories.add(c.region.id());
                if (c.region2 != null) {
                    territories.add(c.region2.id());
                }
            }
            default -> {
                for (Dep d : c.deps) {
                    territories.add(d.code());
                }
            }
        }

        // Funders.
        LinkedHashSet<String> funders = new LinkedHashSet<>();
        boolean occ = c.region == OCCITANIE;
        switch (c.level) {
            case NATIONAL -> {
                String[] nat = c.kind.funders();
                funders.add(nat[r.nextInt(nat.length)]);
                if (nat.length > 1 && r.nextInt(100) < 40) {
                    funders.add(nat[r.nextInt(nat.length)]);
                }
            }
            case REGIONAL -> {
                funders.add(occ ? "region-occitanie" : "autres-regions");
                if (occ && r.nextInt(100) < 25) {
                    funders.add(r.nextBoolean() ? "ad-occitanie" : "banque-des-territoires");
                }
                if (c.region2 != null) {
                    funders.add(c.region2 == OCCITANIE ? "region-occitanie" : "autres-regions");
                }
            }
            case DEPARTMENTAL -> {
                String code = c.deps.get(0).code();
                funders.add(
                        !occ ? "autres-departements"
                                : code.equals("31") ? "departement-haute-garonne"
                                : code.equals("34") ? "departement-herault"
                                : code.equals("30") ? "departement-gard"
                                : code.equals("82") ? "departement-tarn-et-garonne"
                                : "departements-occitanie");
                if (occ && r.nextInt(100) < 20) {
                    funders.add("region-occitanie");
                }
            }
            case LOCAL -> {
                String code = c.deps.get(0).code();
                funders.add(
                        occ && code.equals("31") ? "toulouse-metropole"
                                : occ && code.equals("34") ? "montpellier-mediterranee-metropole"
                                : "intercommunalites");
            }
        }
        if (r.nextInt(100) < 15) {
            funders.add(pick(r, c.kind.funders()));
        }

        // Categories, beneficiaries, tags.
        LinkedHashSet<String> categories = new LinkedHashSet<>(Arrays.asList(c.kind.cats()));
        if (r.nextInt(100) < 25) {
            categories.add(CATEGORIES[r.nextInt(CATEGORIES.length)][0]);
        }
        LinkedHashSet<String> beneficiaries = new LinkedHashSet<>();
        if (r.nextInt(100) < 85) {
            beneficiaries.addAll(Arrays.asList(c.target.benef()));
            if (r.nextInt(100) < 30) {
                beneficiaries.add(BENEFICIARIES[r.nextInt(BENEFICIARIES.length)][0]);
            }
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        int tagCount = r.nextInt(6);
        for (int t = 0; t < tagCount; t++) {
            tags.add(pick(r, TAGS));
        }

        // Amount.
        String amount = null;
        long amountMax = 0;
        int am = r.nextInt(100);
        switch (c.kind.amount()) {
            case GRANT -> {
                long[] maxes = {500, 1000, 1500, 2000, 2500, 3000, 5000, 8000, 10000, 15000, 20000};
                amountMax = maxes[r.nextInt(maxes.length)];
                amount = am < 50 ? "Jusqu'à " + euros(amountMax)
                        : am < 75 ? "De " + euros(amountMax / 5).replace(" €", "") + " à " + euros(amountMax)
                        : am < 90 ? "Forfait de " + euros(amountMax)
                        : euros(amountMax) + " par mois, pendant trois mois au plus";
            }
            case LOAN -> {
                long[] maxes = {5000, 10000, 15000, 20000, 25000, 50000, 75000, 100000, 200000, 300000};
                amountMax = maxes[r.nextInt(maxes.length)];
                amount = am < 60 ? "De " + euros(Math.max(1000, amountMax / 10)).replace(" €", "") + " à " + euros(amountMax)
                        : am < 85 ? "Jusqu'à " + euros(amountMax) + ", remboursables en 5 ans"
                        : "Jusqu'à 3 mois de chiffre d'affaires";
                if (am >= 85) {
                    amountMax = 0;
                }
            }
            case PERCENT -> {
                int[] pct = {25, 50, 70, 80, 90, 100};
                int p = pct[r.nextInt(pct.length)];
                if (am < 50) {
                    long[] caps = {1000, 2000, 3000, 5000, 10000};
                    amountMax = caps[r.nextInt(caps.length)];
                    amount = p + " % des sommes dues, plafonné à " + euros(amountMax);
                } else {
                    amount = p + " % des sommes dues";
                }
            }
            case DAILY -> {
                amount = "Jusqu'à 56 € par jour";
                amountMax = am < 50 ? 56 : 0;
            }
            case NONE -> {}
        }

        // Dates and status.
        LocalDate opens = null;
        LocalDate closes = null;
        int s = r.nextInt(100);
        if (s < 30) { // open
            opens = COVID_START.plusDays(r.nextInt(81));
            if (r.nextBoolean()) {
                closes = LocalDate.of(2020, 7, 1).plusDays(r.nextInt(181));
            }
        } else if (s < 40) { // closing soon
            opens = COVID_START.plusDays(r.nextInt(61));
            closes = BUILD.plusDays(1 + r.nextInt(15));
        } else if (s < 52) { // upcoming this year
            opens = BUILD.plusDays(1 + r.nextInt(100));
            if (r.nextBoolean()) {
                closes = opens.plusDays(30 + r.nextInt(151));
            }
        } else if (s < 57) { // upcoming 2021
            opens = LocalDate.of(2021, 1, 4).plusDays(r.nextInt(91));
            closes = opens.plusDays(60 + r.nextInt(141));
        } else if (s < 85) { // closed
            LocalDate start = COVID_START.plusDays(r.nextInt(31));
            if (r.nextInt(100) < 70) {
                opens = start;
            }
            long room = ChronoUnit.DAYS.between(start, BUILD) - 16;
            closes = start.plusDays(15 + r.nextInt((int) room));
        } else if (s < 95) { // no dates
            // open until further notice
        } else { // only a far closing date
            closes = r.nextBoolean() ? LocalDate.of(2020, 12, 31) : LocalDate.of(2021, 6, 30);
        }
        String status = null;
        if (r.nextInt(100) < 7) {
            boolean closedByDates = closes != null && closes.isBefore(BUILD);
            boolean upcomingByDates = opens != null && opens.isAfter(BUILD);
            status = closedByDates ? "open" : upcomingByDates ? (r.nextBoolean() ? "open" : "closed") : "closed";
        }

        LocalDate updated;
        if (r.nextInt(1000) < 15) {
            updated = LocalDate.of(2019, 9, 2).plusDays(r.nextInt(91)); // stale
        } else {
            updated = COVID_START.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(COVID_START, BUILD) + 1));
        }
        LocalDate reviewed = null;
        if (r.nextInt(100) < 60) {
            long room = ChronoUnit.DAYS.between(updated, BUILD);
            reviewed = updated.plusDays(room == 0 ? 0 : r.nextInt((int) room + 1));
        }

        String applyUrl = r.nextInt(100) < 50 ? "https://www.example.gouv.fr/demarches/" + slug : null;

        // Sources.
        int sourceCount = 1 + r.nextInt(3);
        List<String[]> sources = new ArrayList<>();
        for (int x = 0; x < sourceCount; x++) {
            String[] src = source(r, c, x);
            boolean dup = false;
            for (String[] o : sources) {
                dup |= o[0].equals(src[0]);
            }
            if (!dup) {
                sources.add(src);
            }
        }

        // Contact.
        String contact = null;
        if (r.nextInt(100) < 75) {
            contact = switch (c.level) {
                case NATIONAL -> "crma-occitanie";
                case REGIONAL -> "crma-" + c.region.id();
                default -> "cma-" + c.deps.get(0).code();
            };
        }

        // Summary.
        String K = c.kind.np();
        String summary = cap(K) + " " + (c.kind.plural() ? "permettent " : "permet ") + a(c.target.np())
                + (c.level == Level.NATIONAL ? "" : " " + c.whereBody) + " " + c.kind.purpose() + ".";
        int sx = r.nextInt(5);
        String extra = sx == 0 ? " Demande en ligne, réponse sous quinze jours."
                : sx == 1 ? " Cumulable avec le fonds de solidarité."
                : sx == 2 && closes != null ? " Dossier à déposer avant le " + frDate(closes) + "."
                : sx == 3 ? " Renseignements auprès de votre chambre de métiers et de l'artisanat."
                : "";
        if (summary.length() + extra.length() <= 400) {
            summary += extra;
        }
        if (summary.length() > 400) {
            summary = summary.substring(0, 399) + "…";
        }

        // ---- front matter
        out.append("---\n");
        out.append("title: ").append(q(c.title)).append('\n');
        out.append("summary: ").append(q(summary)).append('\n');
        out.append("level: ").append(switch (c.level) {
            case NATIONAL -> "national";
            case REGIONAL -> "regional";
            case DEPARTMENTAL -> "departmental";
            case LOCAL -> "local";
        }).append('\n');
        out.append("funders: ").append(flowIds(new ArrayList<>(funders))).append('\n');
        out.append("categories: ").append(flowIds(new ArrayList<>(categories))).append('\n');
        if (!beneficiaries.isEmpty()) {
            out.append("beneficiaries: ").append(flowIds(new ArrayList<>(beneficiaries))).append('\n');
        }
        out.append("territories: ").append(flowIds(territories)).append('\n');
        if (amount != null) {
            out.append("amount: ").append(q(amount)).append('\n');
        }
        if (amountMax > 0) {
            out.append("amount_max: ").append(amountMax).append('\n');
        }
        if (opens != null) {
            out.append("opens: ").append(opens).append('\n');
        }
        if (closes != null) {
            out.append("closes: ").append(closes).append('\n');
        }
        if (status != null) {
            out.append("status: ").append(status).append('\n');
        }
        if (applyUrl != null) {
            out.append("apply_url: ").append(applyUrl).append('\n');
        }
        out.append("sources:\n");
        for (String[] src : sources) {
            out.append("  - title: ").append(q(src[0])).append("\n    url: ").append(src[1]).append('\n');
        }
        if (contact != null) {
            out.append("contact: ").append(contact).append('\n');
        }
        out.append("updated: ").append(updated).append('\n');
        if (reviewed != null) {
            out.append("reviewed: ").append(reviewed).append('\n');
        }
        if (!tags.isEmpty()) {
            out.append("tags: [");
            int t = 0;
            for (String tag : tags) {
                out.append(t++ > 0 ? ", " : "").append(q(tag));
            }
            out.append("]\n");
        }
        if (c.draft) {
            out.append("draft: true\n");
        } else if (r.nextInt(200) == 0) {
            out.append("draft: false\n");
        }
        out.append("---\n");

        // ---- body
        Ctx x = new Ctx();
        x.r = r;
        x.kind = c.kind;
        x.K = K;
        x.B = c.target.np();
        x.W = c.whereBody;
        x.F = FUNDER_BY_ID.get(funders.iterator().next());
        x.amount = amount;
        x.amountMax = amountMax > 0 ? amountMax : 5000;
        x.opens = opens;
        x.closes = closes;
        x.applyUrl = applyUrl;
        x.slug = slug;
        x.chamberName = contact == null ? null : chamberName(contact);
        int start = out.length();
        body(i, x, sources, r, out);
        int words = countWords(out.subSequence(start, out.length()));
        totalWords += words;
        minWords = Math.min(minWords, words);
        maxWords = Math.max(maxWords, words);
    }

    String[] source(Random r, Core c, int x) {
        int kind = r.nextInt(7);
        LocalDate d = COVID_START.plusDays(r.nextInt(80));
        String jorf = "https://www.example.gouv.fr/jorf/id/JORFTEXT0000417" + (10000 + r.nextInt(90000));
        return switch (kind) {
            case 0 -> new String[] {"Décret n° 2020-" + (300 + r.nextInt(700)) + " du " + frDate(d), jorf};
            case 1 -> new String[] {"Ordonnance n° 2020-" + (300 + r.nextInt(700)) + " du " + frDate(d), jorf};
            case 2 -> new String[] {"Arrêté du " + frDate(d), jorf};
            case 3 -> new String[] {"Communiqué de presse du ministère de l'Économie et des Finances", "https://www.example.gouv.fr/actualites/communique-" + d};
            case 4 -> new String[] {"Foire aux questions de l'URSSAF sur les mesures exceptionnelles", "https://www.example.gouv.fr/urssaf/faq-covid-19"};
            case 5 -> new String[] {"Délibération de la commission permanente du " + frDate(d), "https://www.example.gouv.fr/region/deliberations/CP-" + d};
            default -> new String[] {"Fiche pratique : " + uncap(c.kind.title()), "https://www.example.gouv.fr/entreprises/fiches/" + slugify(c.kind.title())};
        };
    }

    static void para(StringBuilder out, Ctx c, Tpl[] pool, int sentences, Random r) {
        boolean[] usedT = new boolean[pool.length];
        for (int s = 0; s < sentences; s++) {
            int k = r.nextInt(pool.length);
            int guard = 0;
            while (usedT[k] && guard++ < pool.length) {
                k = (k + 1) % pool.length;
            }
            usedT[k] = true;
            if (s > 0) {
                out.append(' ');
            }
            out.append(pool[k].make(c));
        }
        out.append("\n\n");
    }

    static void para(StringBuilder out, String[] pool, int sentences, Random r) {
        boolean[] usedT = new boolean[pool.length];
        for (int s = 0; s < sentences; s++) {
            int k = r.nextInt(pool.length);
            while (usedT[k]) {
                k = (k + 1) % pool.length;
            }
            usedT[k] = true;
            if (s > 0) {
                out.append(' ');
            }
            out.append(pool[k]);
        }
        out.append("\n\n");
    }

    void body(int i, Ctx c, List<String[]> sources, Random r, StringBuilder out) {
        int start = out.length();
        int target = between(r, 300, 825);
        int[] refs = crossRefs(r, i, 1 + r.nextInt(3));
        boolean table = r.nextInt(3) == 0;

        // Intro, with the first cross-reference inline.
        para(out, c, INTRO, 2 + r.nextInt(2), r);
        out.setLength(out.length() - 2);
        if (refs.length > 0) {
            out.append(r.nextBoolean()
                    ? " Cette mesure peut être complétée par " + link(refs[0]) + "."
                    : " Voir aussi " + link(refs[0]) + ", souvent demandé en même temps.");
        }
        out.append("\n\n");

        // Who.
        out.append(pick(r, SECTION_WHO)).append("\n\n");
        out.append("Peuvent en bénéficier ").append(c.B).append(' ').append(c.W).append(" qui remplissent les conditions suivantes :\n\n");
        int bullets = between(r, 3, 6);
        boolean[] usedB = new boolean[ELIGIBILITY.length];
        for (int b = 0; b < bullets; b++) {
            int k = r.nextInt(ELIGIBILITY.length);
            while (usedB[k]) {
                k = (k + 1) % ELIGIBILITY.length;
            }
            usedB[k] = true;
            out.append("- ").append(ELIGIBILITY[k]).append(b == bullets - 1 ? ".\n" : " ;\n");
        }
        out.append('\n');

        // Amount.
        if (c.amount != null) {
            out.append(pick(r, SECTION_AMOUNT)).append("\n\n");
            para(out, c, AMOUNT_LINES, 1 + r.nextInt(2), r);
            if (table) {
                amountTable(c, r, out);
                table = false;
                tables++;
            }
        }

        // What.
        out.append(pick(r, SECTION_WHAT)).append("\n\n");
        String[] specific = switch (c.kind.amount()) {
            case LOAN -> CONDITIONS_LOAN;
            case GRANT -> CONDITIONS_GENERIC;
            case DAILY -> CONDITIONS_SOCIAL;
            case PERCENT -> c.kind.cats()[0].equals("activite-partielle") ? CONDITIONS_SOCIAL : CONDITIONS_CHARGES;
            case NONE -> c.kind.cats()[0].startsWith("reports") || c.kind.cats()[0].equals("fiscalite")
                    || c.kind.cats()[0].startsWith("loyers") ? CONDITIONS_CHARGES : CONDITIONS_SUPPORT;
        };
        para(out, specific, 2 + r.nextInt(2), r);
        if (r.nextBoolean()) {
            para(out, CONDITIONS_GENERIC, 1 + r.nextInt(2), r);
        }
        if (table) {
            sectorTable(r, out);
            tables++;
        }

        // How.
        out.append(pick(r, SECTION_HOW)).append("\n\n");
        int steps = between(r, 3, 5);
        boolean[] usedS = new boolean[STEPS.length];
        for (int s = 0; s < steps; s++) {
            int k = r.nextInt(STEPS.length);
            while (usedS[k]) {
                k = (k + 1) % STEPS.length;
            }
            usedS[k] = true;
            out.append(s + 1).append(". ").append(STEPS[k].make(c)).append('\n');
        }
        out.append('\n');
        String[] src = sources.get(0);
        out.append("Le texte de référence est disponible en ligne : [").append(src[0]).append("](").append(src[1]).append(").");
        if (sources.size() > 1) {
            out.append(" Voir également [").append(uncap(sources.get(1)[0])).append("](").append(sources.get(1)[1]).append(").");
        }
        out.append("\n\n");

        // When.
        out.append(pick(r, SECTION_WHEN)).append("\n\n");
        if (c.opens != null && c.closes != null) {
            out.append("Les demandes peuvent être déposées du **").append(frDate(c.opens)).append("** au **").append(frDate(c.closes)).append("**.");
        } else if (c.opens != null) {
            out.append(c.opens.isAfter(BUILD)
                    ? "Les demandes seront ouvertes à partir du **" + frDate(c.opens) + "**."
                    : "Le dispositif est ouvert depuis le " + frDate(c.opens) + ", sans date de fin annoncée à ce jour.");
        } else if (c.closes != null) {
            out.append("La date limite de dépôt est fixée au **").append(frDate(c.closes)).append("**.");
        } else {
            out.append("Aucune date limite n'a été fixée ; le dispositif reste ouvert tant que l'état d'urgence sanitaire est en vigueur.");
        }
        if (c.closes != null && r.nextInt(100) < 15) {
            out.append(" La date limite initiale du ~~").append(frDate(c.closes.minusDays(30))).append("~~ a été repoussée.");
        }
        out.append("\n\n");

        // More: padding up to the target word count, sentence by sentence, no sentence twice
        // (unless the pool is exhausted).
        out.append(pick(r, SECTION_MORE)).append("\n\n");
        // The closing "Voir aussi" list is built first, so that the padding can count its words.
        StringBuilder seeAlso = new StringBuilder();
        if (refs.length > 1 || r.nextInt(4) == 0) {
            seeAlso.append("## Voir aussi\n\n");
            for (int k = 1; k < refs.length; k++) {
                seeAlso.append("- ").append(link(refs[k])).append('\n');
            }
            seeAlso.append("- Plus d'informations : <https://www.example.gouv.fr/coronavirus/entreprises>\n");
        }
        int reserve = countWords(seeAlso);
        int words = countWords(out.subSequence(start, out.length()));
        boolean[] usedF = new boolean[FILLER.length];
        int left = FILLER.length;
        for (int p = 0; p == 0 || (words + reserve < target && p < 30); p++) {
            int sentences = 2 + r.nextInt(3);
            for (int s = 0; s < sentences && (p == 0 || words + reserve < target); s++) {
                if (left == 0) {
                    Arrays.fill(usedF, false);
                    left = FILLER.length;
                }
                int k = r.nextInt(FILLER.length);
                while (usedF[k]) {
                    k = (k + 1) % FILLER.length;
                }
                usedF[k] = true;
                left--;
                String sentence = FILLER[k].make(c);
                if (s > 0) {
                    out.append(' ');
                }
                out.append(sentence);
                words += countWords(sentence);
            }
            out.append("\n\n");
        }

        // See also.
        if (seeAlso.length() > 0) {
            out.append(seeAlso);
        } else {
            out.setLength(out.length() - 1); // single trailing newline
        }
    }

    static void amountTable(Ctx c, Random r, StringBuilder out) {
        long max = c.amountMax;
        if (r.nextBoolean()) {
            out.append("| Perte de chiffre d'affaires | Montant de l'aide |\n|---|---:|\n");
            out.append("| De 50 % à 70 % | ").append(euros(Math.max(100, max / 4 / 100 * 100))).append(" |\n");
            out.append("| De 70 % à 90 % | ").append(euros(Math.max(200, max / 2 / 100 * 100))).append(" |\n");
            out.append("| Plus de 90 % | ").append(euros(max)).append(" |\n\n");
        } else {
            out.append("| Effectif | Plafond | Durée |\n|---|---:|---|\n");
            out.append("| Aucun salarié | ").append(euros(Math.max(100, max / 3 / 100 * 100))).append(" | 12 mois |\n");
            out.append("| 1 à 5 salariés | ").append(euros(Math.max(200, max * 2 / 3 / 100 * 100))).append(" | 24 mois |\n");
            out.append("| 6 à 10 salariés | ").append(euros(max)).append(" | 36 mois |\n\n");
        }
    }

    static void sectorTable(Random r, StringBuilder out) {
        out.append("| Secteur | Exemples d'activités | Éligible |\n|---|---|---|\n");
        out.append("| Alimentation | boulangerie, boucherie, poissonnerie | oui |\n");
        out.append("| Services | coiffure, esthétique, pressing | oui |\n");
        out.append("| Bâtiment | maçonnerie, plomberie, électricité | ").append(r.nextBoolean() ? "oui" : "sous conditions").append(" |\n");
        out.append("| Fabrication | ébénisterie, imprimerie, bijouterie | ").append(r.nextBoolean() ? "oui" : "non").append(" |\n\n");
    }
}
