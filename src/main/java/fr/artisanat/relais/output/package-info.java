/**
 * Puts a build on disk without ever leaving a half-written site: files go to a staging folder
 * beside the output folder, which is swapped in only once everything is written.
 */
package fr.artisanat.relais.output;
