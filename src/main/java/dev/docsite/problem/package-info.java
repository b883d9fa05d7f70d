/**
 * All stages: {@code Problem}, the located diagnostic every stage reports, its codes ({@code ProblemCode}) and a
 * thread-safe collector.
 */
package dev.docsite.problem;
