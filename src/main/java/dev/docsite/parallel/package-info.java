/** All stages: the per-page work of every stage spread over all cores. */
package dev.docsite.parallel;
