/**
 * What each State requires, as sourced facts: State profiles, instruments with their parties and declarations,
 * and the bibliography. Rule: immutable values built once from legal-requirements/ and never changed at run
 * time; every fact keeps its source, pinpoint, status and review date, and an unknown stays visibly unknown.
 */
package org.mlasuite.requirements.domain;
