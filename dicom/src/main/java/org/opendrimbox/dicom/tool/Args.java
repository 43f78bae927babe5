package org.opendrimbox.dicom.tool;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Minimal command line parser: options with a value, repeatable options, flags, positional arguments. */
final class Args {
  private final Map<String, List<String>> options = new HashMap<>();
  private final List<String> positional = new ArrayList<>();

  /**
   * @param valued option names that take a value (long and short forms alike, e.g. "-c", "--connect")
   * @param flags option names without value
   */
  Args(String[] argv, int from, Set<String> valued, Set<String> flags) {
    for (int i = from; i < argv.length; i++) {
      String a = argv[i];
      if (a.startsWith("-") && a.length() > 1) {
        String name = a;
        String value = null;
        int eq = a.indexOf('=');
        if (a.startsWith("--") && eq > 0) {
          name = a.substring(0, eq);
          value = a.substring(eq + 1);
        }
        if (flags.contains(name)) {
          options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
        } else if (valued.contains(name)) {
          if (value == null) {
            if (++i >= argv.length) {
              throw new UsageException("option " + name + " needs a value");
            }
            value = argv[i];
          }
          options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        } else {
          throw new UsageException("unknown option " + a);
        }
      } else {
        positional.add(a);
      }
    }
  }

  boolean flag(String... names) {
    for (String n : names) {
      if (options.containsKey(n)) {
        return true;
      }
    }
    return false;
  }

  String value(String def, String... names) {
    for (String n : names) {
      List<String> v = options.get(n);
      if (v != null) {
        return v.get(v.size() - 1);
      }
    }
    return def;
  }

  String required(String... names) {
    String v = value(null, names);
    if (v == null) {
      throw new UsageException("missing option " + String.join("/", names));
    }
    return v;
  }

  int intValue(int def, String... names) {
    String v = value(null, names);
    try {
      return v == null ? def : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new UsageException("not a number: " + v);
    }
  }

  List<String> values(String... names) {
    List<String> all = new ArrayList<>();
    for (String n : names) {
      all.addAll(options.getOrDefault(n, List.of()));
    }
    return all;
  }

  List<String> positional() {
    return positional;
  }

  /** Wrong command line; the message is printed with the command's usage. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
