/**
 * Value objects shared by every capability. Rule: immutable values only, validated on construction,
 * no dependency on any other package of the suite and no framework types.
 */
package org.mlasuite.shared;
