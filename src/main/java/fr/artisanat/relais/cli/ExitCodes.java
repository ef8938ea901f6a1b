package fr.artisanat.relais.cli;

/** The exit codes CI relies on. */
final class ExitCodes {
    static final int OK = 0;
    static final int CONTENT = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 2;

    private ExitCodes() {}
}
