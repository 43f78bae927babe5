package org.opendrimbox.source;

/**
 * Result of a box-to-PACS calibration run (R25, DB.SO.102).
 *
 * @param pacs the PACS measured ({@code AET@host:port})
 * @param echoes number of C-ECHO round trips on one association
 * @param echoMinMs fastest C-ECHO round trip, ms
 * @param echoAvgMs mean C-ECHO round trip, ms
 * @param echoMaxMs slowest C-ECHO round trip, ms
 * @param associationMs time to open the C-GET association, ms
 * @param firstInstanceMs time from the C-GET request to the first instance fully received, ms (-1 if none)
 * @param totalMs time of the whole C-GET, ms
 * @param instances instances received
 * @param bytes data set bytes received (discarded)
 * @param mbps throughput in megabits per second
 */
public record CalibrationReport(String pacs, int echoes, double echoMinMs, double echoAvgMs, double echoMaxMs,
    double associationMs, double firstInstanceMs, double totalMs, int instances, long bytes, double mbps) {}
