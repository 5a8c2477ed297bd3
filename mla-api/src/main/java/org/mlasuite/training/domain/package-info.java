/**
 * Training: scenarios with a case file, a task and a rubric tied to the checker's findings; exercises graded
 * against the rubric. Rule: a trainee's work lives in the training sandbox, never among real requests, and every
 * score can be explained item by item.
 */
package org.mlasuite.training.domain;
