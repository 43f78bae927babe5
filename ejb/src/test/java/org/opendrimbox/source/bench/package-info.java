/** Benchmark harness of the source data path (run by dicomweb/tools/bench-wado.sh; not a unit test). */
package org.opendrimbox.source.bench;
