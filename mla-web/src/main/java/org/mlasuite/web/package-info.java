/** The deployable application: JAX-RS activation and deployment configuration. Rule: no business logic here. */
package org.mlasuite.web;
