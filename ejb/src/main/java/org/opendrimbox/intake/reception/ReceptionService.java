package org.opendrimbox.intake.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.opendrimbox.intake.Hl7IntakeParser;
import org.opendrimbox.intake.IntakeResult;
import org.opendrimbox.intake.mllp.MllpHandler;
import org.opendrimbox.jpa.entity.ReceivedMessage;

/**
 * Receives one RIS message: parses and validates it, stores it with the verdict (committed), then builds the
 * acknowledgement. An AA is only ever sent for a message that is in the database; if storing fails the
 * sender gets AE 207 and retries. Not transactional itself: the journal holds the short transaction.
 */
@ApplicationScoped
public class ReceptionService implements MllpHandler {

  private static final Logger LOG = System.getLogger(ReceptionService.class.getName());

  private final Hl7IntakeParser parser = new Hl7IntakeParser();

  @Inject private ReceptionJournal journal;

  @Override
  public byte[] handle(byte[] message, String remote) {
    return parser.ack(receive(message, ReceivedMessage.Channel.MLLP, remote));
  }

  /** The JMS adapter's entry: a message already decoded to text. */
  public String handleText(String message, String remote) {
    IntakeResult result = parser.parse(message);
    return parser.ackText(store(result, Hl7IntakeParser.bytesOf(message),
        ReceivedMessage.Channel.JMS, remote));
  }

  private IntakeResult receive(byte[] raw, ReceivedMessage.Channel channel, String remote) {
    return store(parser.parse(raw), raw, channel, remote);
  }

  private IntakeResult store(IntakeResult result, byte[] raw, ReceivedMessage.Channel channel, String remote) {
    try {
      long id = journal.record(result, raw, channel, remote);
      LOG.log(Level.INFO, "HL7 {0} {1} from {2}: {3} (message #{4})", result.header().typeAndTrigger(),
          result.header().controlId(), remote, result.ackCode(), id);
      return result;
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "HL7 " + result.header().controlId() + " from " + remote + " could not be stored", e);
      return Hl7IntakeParser.storageFailed(result, "storage unavailable");
    }
  }
}
