/**
 * Training use cases: scenarios, sessions with join codes, exercises drafted in the sandbox, grading by the
 * checker and the rubric, results. Rule: trainers see their own sessions' results; trainees see only their own
 * exercises.
 */
package org.mlasuite.training.application;
