/**
 * Where the container meets the plain classes: CDI producers and start-up. Rule: capabilities are plain Java
 * constructed here; nothing else in the suite needs to know how they are wired.
 */
package org.mlasuite.platform.wiring;
