package fr.artisanat.relais.source;

import fr.artisanat.relais.model.SourcePosition;
import java.util.List;
import java.util.Optional;

/** A YAML mapping, in file order, with each key's position. Keys are unique (checked on read). */
public record YamlMap(List<Entry> entries, SourcePosition position) implements YamlNode {

    /** One {@code key: value} pair. */
    public record Entry(String key, SourcePosition keyPosition, YamlNode value) {}

    public YamlMap {
        entries = List.copyOf(entries);
    }

    public Optional<Entry> entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    public Optional<YamlNode> get(String key) {
        return entry(key).map(Entry::value);
    }

    @Override
    public String describe() {
        return "un ensemble de clés";
    }
}
