/**
 * French typography of the texts the portal shows: no-break spaces where French puts them, so that
 * « 1 500 € » or « Pour qui ? » never break across two lines on a phone. {@link
 * fr.artisanat.relais.typography.FrenchTypography} is the one definition of the rules; the Markdown
 * stage applies it to the bodies' text nodes and the page renderer to the other texts of every
 * page. JDK only.
 */
package fr.artisanat.relais.typography;
