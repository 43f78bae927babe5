package org.opendrimbox.config;

import java.net.URI;
import java.nio.file.Path;

/**
 * Every application setting of the box, typed and validated. Built once at start-up by {@link SettingsLoader}
 * from environment variables (which win) and system properties; each has a documented default (see {@code
 * docs/operations/configuration.md}). Database settings live in the datasource, not here.
 *
 * @param baseUrl public base URL of this box, as peers and the DMP see it ({@code DRIMBOX_BASE_URL})
 * @param aet this box's DICOM AE title ({@code DRIMBOX_AET})
 * @param dicomPort port of the DICOM listener ({@code DRIMBOX_DICOM_PORT})
 * @param hl7Port port of the HL7 v2 MLLP listener ({@code DRIMBOX_HL7_PORT})
 * @param bindAddress address the DICOM and HL7 listeners bind to ({@code DRIMBOX_BIND_ADDRESS})
 * @param pacs the PACS this box queries and retrieves from ({@code DRIMBOX_PACS})
 * @param dmpUrl base URL of the DMP web services ({@code DRIMBOX_DMP_URL})
 * @param dataDir directory for the image cache and work files ({@code DRIMBOX_DATA_DIR})
 * @param nodeName name of this node in logs and events ({@code DRIMBOX_NODE_NAME})
 * @param pacsWait how long a report waits for its study to appear in the PACS ({@code DRIMBOX_PACS_WAIT_MINUTES})
 * @param retryBase first delay before retrying a failed publication step ({@code DRIMBOX_RETRY_BASE_SECONDS})
 * @param retryMax longest delay between retries ({@code DRIMBOX_RETRY_MAX_SECONDS})
 * @param trust whitelist, trust anchors and token introspection ({@code DRIMBOX_TRUST_*}, {@code DRIMBOX_PSC_*})
 * @param dmp DMP client settings ({@code DRIMBOX_DMP_*}, {@code DRIMBOX_LPS_*})
 * @param cache the study cache of the source feature ({@code DRIMBOX_CACHE_*})
 */
public record DrimboxSettings(
    URI baseUrl,
    String aet,
    int dicomPort,
    int hl7Port,
    String bindAddress,
    AeAddress pacs,
    URI dmpUrl,
    Path dataDir,
    String nodeName,
    java.time.Duration pacsWait,
    java.time.Duration retryBase,
    java.time.Duration retryMax,
    TrustSettings trust,
    DmpSettings dmp,
    CacheSettings cache) {

  /** Path of the WADO-RS service under {@link #baseUrl()}. */
  public static final String WADO_RS_PATH = "/drimbox/dicomweb";

  /** The WADO-RS base URL that KOS RetrieveURLs and peers use. */
  public String wadoRsBase() {
    return baseUrl.toString() + WADO_RS_PATH;
  }
}
