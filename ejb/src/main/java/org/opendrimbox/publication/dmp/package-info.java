/**
 * Glue between the publication queue and the DMP client: maps a received report and its KOS to a
 * {@link org.opendrimbox.dmp.KosPublication}, and produces the configured {@link
 * org.opendrimbox.dmp.DmpClient} from the box settings.
 */
package org.opendrimbox.publication.dmp;
