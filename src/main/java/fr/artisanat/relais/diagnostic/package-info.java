/**
 * Problems found in the editors' files, collected rather than thrown so that one run reports them
 * all, their French formatting for the terminal, and the JSON string form of the reports tools
 * read.
 */
package fr.artisanat.relais.diagnostic;
