package fr.artisanat.relais.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses {@code --flag} and {@code --option VALUE} (or {@code --option=VALUE}) arguments of one
 * command, refusing anything the command does not know.
 */
final class Arguments {
    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positional = new ArrayList<>();

    Arguments(List<String> args, Set<String> knownOptions, Set<String> knownFlags)
            throws UsageException {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (knownFlags.contains(name) && value == null) {
                flags.add(name);
            } else if (knownOptions.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("l'option " + name + " attend une valeur");
                    }
                    value = args.get(++i);
                }
                options.put(name, value);
            } else {
                throw new UsageException("option inconnue : " + arg);
            }
        }
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    List<String> positional() {
        return List.copyOf(positional);
    }
}
