/** MicroProfile Health checks. Rule: ready means every request can be served: data loaded, database answering. */
package org.mlasuite.platform.health;
