/**
 * Training over HTTP under /api/training. Rule: the scenario library (case files and tasks) is public, model
 * answers and rubric criteria are for trainers, and each trainee reaches only their own exercises.
 */
package org.mlasuite.training.rest;
