package org.opendrimbox.intake;

import java.util.List;

/**
 * The outcome of {@link Hl7IntakeParser#parse(byte[])}: an accepted {@link ReportMessage} (possibly
 * with warnings) or a rejection with its cause. Either way the caller stores it, then sends {@link
 * Hl7IntakeParser#ack(IntakeResult)}.
 */
public sealed interface IntakeResult {

  /** The MSH fields of the inbound message ({@link MessageHeader#UNKNOWN} if none was readable). */
  MessageHeader header();

  /** The ERR entries of the acknowledgement: the rejection cause, or the warnings. */
  List<IntakeIssue> issues();

  /** MSA-1 of the acknowledgement: AA, AE or AR. */
  String ackCode();

  /** The message was understood and is valid. */
  record Accepted(ReportMessage report) implements IntakeResult {
    @Override
    public MessageHeader header() {
      return report.header();
    }

    @Override
    public List<IntakeIssue> issues() {
      return report.warnings();
    }

    @Override
    public String ackCode() {
      return "AA";
    }
  }

  /** The message is rejected; {@code reason} says why and where. */
  record Rejected(MessageHeader header, IntakeIssue reason) implements IntakeResult {
    @Override
    public List<IntakeIssue> issues() {
      return List.of(reason);
    }

    @Override
    public String ackCode() {
      return reason.error().ackCode();
    }
  }
}
