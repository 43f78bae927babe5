/** HTTP side of the box: the JAX-RS application; resources live in feature subpackages. */
package org.opendrimbox.web;
