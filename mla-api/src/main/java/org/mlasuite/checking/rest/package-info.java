/** HTTP resources for checks. Rule: checking a document stores nothing. */
package org.mlasuite.checking.rest;
