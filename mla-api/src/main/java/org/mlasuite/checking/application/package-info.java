/**
 * Running the checks for the API. Rule: checking never stores or changes anything; it reads a request and the
 * knowledge base and returns findings.
 */
package org.mlasuite.checking.application;
