/** Implementation of the publication queue: repository, JMS producer and consumer, sweeper, back-off. */
package org.opendrimbox.publication.internal;
