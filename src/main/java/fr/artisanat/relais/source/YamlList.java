package fr.artisanat.relais.source;

import fr.artisanat.relais.model.SourcePosition;
import java.util.List;

/** A YAML sequence. */
public record YamlList(List<YamlNode> items, SourcePosition position) implements YamlNode {
    public YamlList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "une liste";
    }
}
