package dev.docsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words become terms: split at anything but letters and digits, lower-cased, stop words out, stemmed. */
class SearchTermsTest {

    private static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        new SearchTerms().forEach(text, out::add);
        return out;
    }

    @Test
    void wordsAreLowerCasedSplitAndStemmed() {
        assertEquals(List.of("connect", "connect", "sla", "slack", "polici", "2fa", "über", "größe"),
                terms("Connected CONNECTIONS; SLA/Slack — policies: 2FA (Über-größe)"));
    }

    @Test
    void stopWordsOneLetterWordsAndVeryLongTokensAreLeftOut() {
        assertEquals(List.of("risk", "score"), terms("The risk a score is of " + "x".repeat(41)));
        assertNull(new SearchTerms().term("with"));
    }

    /** Examples from Martin Porter's description of the algorithm. */
    @Test
    void porterStemmerAsPublished() {
        PorterStemmer stemmer = new PorterStemmer();
        List<String> words = List.of("caresses", "ponies", "ties", "caress", "cats", "feed", "agreed", "plastered",
                "bled", "motoring", "sing", "conflated", "troubled", "sized", "hopping", "tanned", "falling",
                "hissing", "fizzed", "failing", "filing", "happy", "sky", "relational", "conditional", "rational",
                "valenci", "digitizer", "conformabli", "radicalli", "differentli", "vileli", "analogousli",
                "vietnamization", "predication", "operator", "feudalism", "decisiveness", "hopefulness",
                "callousness", "formaliti", "sensitiviti", "sensibiliti", "triplicate", "formative", "formalize",
                "electriciti", "electrical", "hopeful", "goodness", "revival", "allowance", "inference", "airliner",
                "gyroscopic", "adjustable", "defensible", "irritant", "replacement", "adjustment", "dependent",
                "adoption", "homologou", "communism", "activate", "angulariti", "homologous", "effective",
                "bowdlerize", "probate", "rate", "cease", "controll", "roll", "generalizations", "oscillators");
        List<String> stems = List.of("caress", "poni", "ti", "caress", "cat", "feed", "agre", "plaster", "bled",
                "motor", "sing", "conflat", "troubl", "size", "hop", "tan", "fall", "hiss", "fizz", "fail", "file",
                "happi", "sky", "relat", "condit", "ration", "valenc", "digit", "conform", "radic", "differ", "vile",
                "analog", "vietnam", "predic", "oper", "feudal", "decis", "hope", "callous", "formal", "sensit",
                "sensibl", "triplic", "form", "formal", "electr", "electr", "hope", "good", "reviv", "allow",
                "infer", "airlin", "gyroscop", "adjust", "defens", "irrit", "replac", "adjust", "depend", "adopt",
                "homolog", "commun", "activ", "angular", "homolog", "effect", "bowdler", "probat", "rate", "ceas",
                "control", "roll", "gener", "oscil");
        assertEquals(stems, words.stream().map(stemmer::stem).toList());
    }
}
