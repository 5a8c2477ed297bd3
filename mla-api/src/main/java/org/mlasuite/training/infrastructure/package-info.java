/**
 * The scenario library read from the classpath (training/scenarios/*.yaml) and the training sandbox in the
 * database. Rule: a scenario file that does not load is a build failure, reported with its file and key.
 */
package org.mlasuite.training.infrastructure;
