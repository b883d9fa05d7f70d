/** All stages: the one HTML escaper and the one URL-path normaliser every stage writes with. */
package dev.docsite.web;
