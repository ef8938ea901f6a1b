package fr.artisanat.relais.cli;

/** A wrong command line: printed with the usage, exit code 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
