/** The simulated XDS.b transactions: ITI-41, ITI-43 (repository), ITI-18, ITI-57 (registry). */
package org.opendrimbox.dmpsim.transactions;
