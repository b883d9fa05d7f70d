/** Stage 5, KPI: reading the feed (file or HTTP), validating it with JSON paths, and the last good snapshot. */
package dev.docsite.kpi.feed;
