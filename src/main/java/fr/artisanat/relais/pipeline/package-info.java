/**
 * Runs the stages in order — source, validate, render, postprocess, output — and stops after a
 * stage that reported errors. Entry point: {@link fr.artisanat.relais.pipeline.Pipeline}.
 */
package fr.artisanat.relais.pipeline;
