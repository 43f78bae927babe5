package org.opendrimbox.intake;

import java.util.Set;

/**
 * Site policy for the intake.
 *
 * @param rejectUnqualifiedIdentity when true, a message without a qualified INS (or without IPP) is
 *     rejected with AE; when false (default, requirement R6 read literally) it is accepted with an
 *     ERR warning and is never published
 * @param qualifiedStatuses PID-32 values meaning a qualified identity (default VALI and QUAL)
 */
public record IntakeOptions(boolean rejectUnqualifiedIdentity, Set<String> qualifiedStatuses) {

  /** The defaults described above. */
  public static final IntakeOptions DEFAULTS = new IntakeOptions(false, Set.of("VALI", "QUAL"));

  public IntakeOptions {
    qualifiedStatuses = Set.copyOf(qualifiedStatuses);
  }
}
