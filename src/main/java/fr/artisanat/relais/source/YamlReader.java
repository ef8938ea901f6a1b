package fr.artisanat.relais.source;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.SourcePosition;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses editors' YAML into {@link YamlNode}s. Only SnakeYAML's node tree is used, never its object
 * construction, so no type can be instantiated from a file. Anchors and aliases are refused (nobody
 * needs them in a measure, and they are how "billion laughs" files blow up), and documents are
 * bounded in size and depth.
 */
final class YamlReader {
    /** Deeper than any real front matter, shallow enough to never overflow the stack. */
    static final int MAX_DEPTH = 40;

    static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    static final int MAX_NODES = 200_000;

    /** Scalars up to this length are shared between files: see {@link #shared}. */
    private static final int SHARED_LENGTH = 40;

    private final LoaderOptions options;

    YamlReader() {
        options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by us, with both lines
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
    }

    /**
     * Parses {@code text}, whose first line is line {@code firstLine} of {@code file}.
     *
     * @return the root node, or null when the text is empty or could not be parsed (with a
     *     diagnostic)
     */
    YamlNode read(String file, String text, int firstLine, Diagnostics diagnostics) {
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            diagnostics.error(position(file, e.getProblemMark(), firstLine), syntaxMessage(e));
            return null;
        } catch (YAMLException e) {
            diagnostics.error(
                    new SourcePosition(file, firstLine, 0),
                    "YAML illisible : "
                            + YamlMessages.translate(e.getMessage())
                            + " — vérifiez l'indentation, les deux-points et les guillemets");
            return null;
        } catch (StackOverflowError e) {
            diagnostics.error(
                    new SourcePosition(file, firstLine, 0),
                    "YAML trop imbriqué : simplifiez la structure (au plus "
                            + MAX_DEPTH
                            + " niveaux)");
            return null;
        }
        if (root == null) {
            return null;
        }
        return new Converter(file, firstLine, diagnostics).convert(root, 0, null);
    }

    private static String syntaxMessage(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        return "erreur de syntaxe YAML : "
                + YamlMessages.translate(problem)
                + " — vérifiez l'indentation, les deux-points (« clé: valeur ») et mettez entre"
                + " guillemets les textes qui contiennent « : » ou commencent par un caractère"
                + " spécial";
    }

    static SourcePosition position(String file, Mark mark, int firstLine) {
        if (mark == null) {
            return new SourcePosition(file, firstLine, 0);
        }
        return new SourcePosition(file, mark.getLine() + firstLine, mark.getColumn() + 1);
    }

    /** Turns SnakeYAML nodes into ours, refusing what an editor's file must not contain. */
    private static final class Converter {
        private final String file;
        private final int firstLine;
        private final Diagnostics diagnostics;
        private int count;

        /** Anchored nodes already converted: meeting one again means an alias ({@code *x}). */
        private final Set<Node> anchored = Collections.newSetFromMap(new IdentityHashMap<>());

        Converter(String file, int firstLine, Diagnostics diagnostics) {
            this.file = file;
            this.firstLine = firstLine;
            this.diagnostics = diagnostics;
        }

        /**
         * @param useSite where the node is used (its key, its list), for aliases; null for the root
         */
        YamlNode convert(Node node, int depth, SourcePosition useSite) {
            SourcePosition at = position(file, node.getStartMark(), firstLine);
            if (++count > MAX_NODES) {
                diagnostics.error(at, "YAML trop volumineux : découpez ce fichier");
                return new YamlScalar("", YamlScalar.Type.NULL, at);
            }
            if (node.getAnchor() != null && !anchored.add(node)) {
                SourcePosition aliasAt = useSite == null ? at : useSite;
                diagnostics.error(
                        aliasAt,
                        "alias YAML « *"
                                + node.getAnchor()
                                + " » non accepté : écrivez les valeurs en entier, sans ancres"
                                + " ni alias (& et *)");
                return new YamlScalar("", YamlScalar.Type.NULL, aliasAt);
            }
            if (node.getAnchor() != null) {
                diagnostics.error(
                        at,
                        "ancre YAML « &"
                                + node.getAnchor()
                                + " » non acceptée : écrivez les valeurs en entier, sans ancres"
                                + " ni alias (& et *)");
            }
            if (node instanceof ScalarNode scalar) {
                return scalar(scalar, at);
            }
            if (node instanceof SequenceNode sequence) {
                List<YamlNode> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(convert(item, depth + 1, at));
                }
                return new YamlList(items, at);
            }
            MappingNode mapping = (MappingNode) node;
            List<YamlMap.Entry> entries = new ArrayList<>();
            Map<String, SourcePosition> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                SourcePosition keyAt = position(file, keyNode.getStartMark(), firstLine);
                if (!(keyNode instanceof ScalarNode keyScalar)) {
                    diagnostics.error(keyAt, "clé YAML invalide : une clé doit être un simple mot");
                    continue;
                }
                if (keyNode.getTag().equals(Tag.MERGE)) {
                    diagnostics.error(
                            keyAt,
                            "clé de fusion YAML « << » non acceptée : écrivez les valeurs en"
                                    + " entier");
                    continue;
                }
                String key = shared(keyScalar.getValue());
                SourcePosition previous = seen.putIfAbsent(key, keyAt);
                if (previous != null) {
                    diagnostics.error(
                            keyAt,
                            "clé « "
                                    + key
                                    + " » en double (déjà définie ligne "
                                    + previous.line()
                                    + ") : gardez une seule des deux");
                    continue;
                }
                entries.add(
                        new YamlMap.Entry(
                                key, keyAt, convert(tuple.getValueNode(), depth + 1, keyAt)));
            }
            return new YamlMap(entries, at);
        }

        private YamlNode scalar(ScalarNode scalar, SourcePosition at) {
            Tag tag = scalar.getTag();
            YamlScalar.Type type;
            if (tag.equals(Tag.STR)) {
                type = YamlScalar.Type.STRING;
            } else if (tag.equals(Tag.INT)) {
                type = YamlScalar.Type.INT;
            } else if (tag.equals(Tag.FLOAT)) {
                type = YamlScalar.Type.FLOAT;
            } else if (tag.equals(Tag.BOOL)) {
                type = YamlScalar.Type.BOOL;
            } else if (tag.equals(Tag.NULL)) {
                type = YamlScalar.Type.NULL;
            } else if (tag.equals(Tag.TIMESTAMP)) {
                type = YamlScalar.Type.TIMESTAMP;
            } else {
                diagnostics.error(
                        at,
                        "étiquette YAML « "
                                + tag.getValue()
                                + " » non acceptée : retirez-la et écrivez la valeur simplement");
                type = YamlScalar.Type.STRING;
            }
            return new YamlScalar(shared(scalar.getValue()), type, at);
        }
    }

    /**
     * Keys and short values (ids, tags, dates) are the same in thousands of files: one string for
     * each instead of one per file saved about 1.7 KB per measure while a large site's sources are
     * all in memory (they are until the site is validated), and the model keeps the shared ids.
     */
    private static String shared(String text) {
        return text.length() <= SHARED_LENGTH ? text.intern() : text;
    }
}
