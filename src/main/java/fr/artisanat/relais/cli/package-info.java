/**
 * The {@code relais} command line: arguments, exit codes ({@code 0} success, {@code 1} content
 * errors, {@code 2} usage or internal error) and printing diagnostics in French. No pipeline logic
 * lives here.
 */
package fr.artisanat.relais.cli;
