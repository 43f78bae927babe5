package org.opendrimbox.dicom.tool;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code java -jar drimbox-dicom-*-cli.jar <command> [options]}. Exit codes: 0 success, 1 DICOM or I/O failure,
 * 2 usage error.
 */
public final class Main {
  private static final Map<String, Command> COMMANDS = new TreeMap<>(Map.of(
      "dump", new DumpCommand(),
      "echo", new EchoCommand(),
      "find", new QueryCommand(QueryCommand.Kind.FIND),
      "get", new QueryCommand(QueryCommand.Kind.GET),
      "move", new QueryCommand(QueryCommand.Kind.MOVE),
      "store", new StoreCommand(),
      "storescp", new StoreScpCommand()));

  private Main() {
  }

  public static void main(String[] args) {
    boolean verbose = java.util.Arrays.asList(args).contains("-v");
    configureLogging(verbose);
    System.exit(run(java.util.Arrays.stream(args).filter(a -> !a.equals("-v")).toArray(String[]::new), System.out,
        System.err));
  }

  /** One-line log records on stderr; INFO (one line per association) only with -v. */
  private static void configureLogging(boolean verbose) {
    System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %5$s%6$s%n");
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    java.util.logging.Level level = verbose ? java.util.logging.Level.INFO : java.util.logging.Level.WARNING;
    root.setLevel(level);
    for (java.util.logging.Handler h : root.getHandlers()) {
      h.setLevel(level);
      h.setFormatter(new java.util.logging.SimpleFormatter());
    }
  }

  /** Runs a command and returns its exit code (used by tests). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
      usage(out);
      return args.length == 0 ? 2 : 0;
    }
    Command cmd = COMMANDS.get(args[0]);
    if (cmd == null) {
      err.println("unknown command: " + args[0]);
      usage(err);
      return 2;
    }
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("-h") || args[i].equals("--help")) {
        out.println(cmd.usage());
        return 0;
      }
    }
    try {
      return cmd.run(args, out, err);
    } catch (Args.UsageException e) {
      err.println(args[0] + ": " + e.getMessage());
      err.println(cmd.usage());
      return 2;
    } catch (Exception e) {
      err.println(args[0] + ": " + e);
      return 1;
    }
  }

  private static void usage(PrintStream out) {
    out.println("usage: java -jar drimbox-dicom-cli.jar <command> [options] [-v]   (<command> --help for details)");
    for (Map.Entry<String, Command> e : COMMANDS.entrySet()) {
      out.printf("  %-9s %s%n", e.getKey(), e.getValue().summary());
    }
  }

  /** One subcommand. */
  interface Command {
    String summary();

    String usage();

    int run(String[] args, PrintStream out, PrintStream err) throws Exception;
  }
}
