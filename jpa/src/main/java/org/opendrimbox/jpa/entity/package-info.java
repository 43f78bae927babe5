/** JPA entities of OpenDRIMbox; the schema itself is owned by the versioned migrations in {@code db/migration}. */
package org.opendrimbox.jpa.entity;
