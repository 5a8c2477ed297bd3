/**
 * Use cases on drafts: create, read, replace, delete, list. Rule: a document is validated whole before anything
 * is stored, and every change names the version it replaces.
 */
package org.mlasuite.drafting.application;
