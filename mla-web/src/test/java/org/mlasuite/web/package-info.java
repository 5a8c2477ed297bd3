/** In-container tests: the built war on a real Payara Micro, driven over HTTP. */
package org.mlasuite.web;
