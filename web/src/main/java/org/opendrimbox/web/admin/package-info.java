/** Administration REST API: status of the box, its settings and life-cycle events. */
package org.opendrimbox.web.admin;
