/** Stage 5, KPI: the feed loaded and validated into a snapshot, and the widgets that show it. */
package dev.docsite.kpi;
