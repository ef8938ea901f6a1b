package fr.artisanat.relais.source;

import fr.artisanat.relais.model.SourcePosition;

/** A YAML value as the editor wrote it, with its position; no type is guessed beyond YAML's. */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {
    SourcePosition position();

    /** French name of the node's shape, for messages (« une liste », « un texte »…). */
    String describe();
}
