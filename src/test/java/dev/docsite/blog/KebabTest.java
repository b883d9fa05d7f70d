package dev.docsite.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** lodash's {@code kebabCase} and {@code capitalize}, on the values its documentation and Docusaurus's tests use. */
class KebabTest {

    @Test
    void kebabCaseAsLodash() {
        assertEquals("foo-bar", Kebab.kebabCase("Foo Bar"));
        assertEquals("foo-bar", Kebab.kebabCase("fooBar"));
        assertEquals("foo-bar", Kebab.kebabCase("__FOO_BAR__"));
        assertEquals("release-notes", Kebab.kebabCase("Release Notes"));
        assertEquals("docusaurus-v-2", Kebab.kebabCase("Docusaurus v2"));
        assertEquals("inteligencia-artificial", Kebab.kebabCase("Inteligência Artificial"));
        assertEquals("slorber", Kebab.kebabCase("slorber"));
    }

    @Test
    void capitalizeLowersTheRest() {
        assertEquals("Fred", Kebab.capitalize("FRED"));
        assertEquals("Launch", Kebab.capitalize("launch"));
    }
}
