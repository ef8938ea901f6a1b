/**
 * Reads {@code content/}: walks the folders, decodes files strictly as UTF-8, splits front matter
 * from bodies and parses YAML into a position-carrying tree ({@link
 * fr.artisanat.relais.source.SourceSet}). The only package that imports SnakeYAML; positions are
 * converted here, once, to 1-based file lines.
 */
package fr.artisanat.relais.source;
