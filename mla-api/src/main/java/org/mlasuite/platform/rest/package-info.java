/**
 * The HTTP surface shared by every capability: the JAX-RS application under /api, JSON configuration and the
 * mapping of every failure to RFC 9457 problem details. Rule: no HTML, no stack trace and no 500 for bad input;
 * each error names the field or parameter at fault.
 */
package org.mlasuite.platform.rest;
