package org.opendrimbox.platform.jndi;

/** JNDI names of the server resources created by the wildfly-config CLI scripts. */
public final class JndiNames {

  public static final String DATASOURCE = "java:jboss/datasources/DrimboxDS";
  /** The broker's plain in-VM connection factory (for work outside transactions, such as probes). */
  public static final String CONNECTION_FACTORY = "java:/ConnectionFactory";
  public static final String PUBLICATION_QUEUE = "java:/jms/queue/DrimboxPublication";
  public static final String RIS_INTAKE_QUEUE = "java:/jms/queue/DrimboxRisIntake";
  public static final String RIS_INTAKE_REPLY_QUEUE = "java:/jms/queue/DrimboxRisIntakeReply";
  public static final String DEAD_LETTER_QUEUE = "java:/jms/queue/DrimboxDLQ";
  public static final String IO_EXECUTOR = "java:jboss/ee/concurrency/executor/drimbox-io";
  public static final String SCHEDULER = "java:jboss/ee/concurrency/scheduler/drimbox-scheduler";

  private JndiNames() {}
}
