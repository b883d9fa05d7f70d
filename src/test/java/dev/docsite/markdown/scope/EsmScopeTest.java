package dev.docsite.markdown.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which names an MDX file's ESM lines bind, and the CommonJS statements docsite evaluates them with. */
class EsmScopeTest {

    private static List<String> bindings(String esm) {
        return new EsmScope.Builder().add(esm, 4).build().bindings().stream()
                .map(b -> b.line() + " " + b.name() + ": " + b.statement()).toList();
    }

    @Test
    void bindsSiteModulesOnlyNotThemeComponentsPartialsPackagesOrStyles() {
        assertEquals(List.of(
                        "4 constants: const constants = ((m) => m && m.__esModule ? m.default : m)(require(\"@site/core/TabsConstants\"));",
                        "6 data: const data = ((m) => m && m.__esModule ? m.default : m)(require(\"./_data.json\"));",
                        "7 hi: const hi = require(\"../strings.js\")[\"greeting\"];",
                        "7 other: const other = require(\"../strings.js\")[\"other\"];",
                        "8 all: const all = require(\"./all.ts\");"),
                bindings("import Tabs from '@theme/Tabs'; import constants from '@site/core/TabsConstants';\n"
                        + "import Setup from './_setup.md';\nimport data from './_data.json';\n"
                        + "import {greeting as hi, other} from '../strings.js';\nimport * as all from './all.ts';\n"
                        + "import styles from './x.module.css';\nimport React from 'react';"));
    }

    @Test
    void bindsExportedValuesAndFunctionsOverSeveralLines() {
        assertEquals(List.of("4 a: const a = 1;", "5 list: const list = [\n  'x',\n  'y',\n];",
                        "9 f: function f(n) { return n + a; }"),
                bindings("export const a = 1;\nexport const list = [\n  'x',\n  'y',\n];\nexport function f(n) { return n + a; }\n"
                        + "export default Layout;"));
    }

    @Test
    void expressionsReferToBindingsByNameNotAsMembers() {
        EsmScope scope = new EsmScope.Builder().add("export const a = 1;\nexport const b = 2;", 1).build();
        assertEquals(List.of("b", "a"), scope.referencedBy("b + x.a + a"));
        assertTrue(scope.referencedBy("x.b").isEmpty());
    }
}
