package dev.docsite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UrlPathTest {

    @Test
    void collapsesDotSegmentsAndDuplicateSlashesKeepingTheTrailingSlash() {
        assertEquals("/a/c/", UrlPath.normalize("a/./b/../c//"));
        assertEquals("/platform/risk-score", UrlPath.normalize("/guides/../platform/risk-score"));
    }

    @Test
    void neverClimbsAboveTheRoot() {
        assertEquals("/", UrlPath.normalize("../../"));
        assertEquals("/x", UrlPath.normalize("/../../x"));
    }

    @Test
    void segmentsAreTheNormalisedPathWithoutOuterSlashes() {
        assertEquals("a/c", UrlPath.segments("/a/b/../c/"));
        assertEquals("", UrlPath.segments("./.."));
    }
}
