/**
 * Identity use cases: authenticate (with lockout), create and change accounts, issue and check API tokens, create
 * the first administrator. Rule: secrets are compared in constant time, stored only as hashes, and an unknown
 * username costs the same work as a known one, so that timing does not tell which usernames exist.
 */
package org.mlasuite.identity.application;
