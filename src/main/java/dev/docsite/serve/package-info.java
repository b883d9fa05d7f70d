/** Preview: the preview server, serving the site from memory with live reload and KPI updates. */
package dev.docsite.serve;
