/** All stages: the orchestration that runs the stages in order for {@code build} and {@code check}. */
package dev.docsite.site;
