/**
 * Problems found in the editors' files, collected rather than thrown so that one run reports them
 * all, and their French formatting for the terminal.
 */
package fr.artisanat.relais.diagnostic;
