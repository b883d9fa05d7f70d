/** Stage 5, KPI: the HTML of KPI cards, inline values, trends, SVG sparklines and breakdown bars. */
package dev.docsite.kpi.widget;
