package dev.docsite.search;

/**
 * Martin Porter's 1980 English stemmer ("connections", "connected", "connecting" → "connect"), as in his reference
 * implementation. The search script ({@code assets/search.js}) carries the same algorithm, since a query finds a
 * word only when both reduce it to the same stem; {@code SearchTermsParityTest} runs both over the same words.
 * Words shorter than three letters are left alone. Not thread-safe: one instance per thread.
 */
final class PorterStemmer {

    private char[] b = new char[64];
    private int k;
    private int j;

    String stem(String word) {
        if (word.length() <= 2 || !asciiLetters(word)) {
            return word;
        }
        if (b.length < word.length()) {
            b = new char[word.length()];
        }
        word.getChars(0, word.length(), b, 0);
        k = word.length() - 1;
        step1ab();
        if (k > 0) {
            step1c();
            step2();
            step3();
            step4();
            step5();
        }
        return new String(b, 0, k + 1);
    }

    /** The algorithm is defined on English letters; other words are kept as they are. */
    private static boolean asciiLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** True when b[i] is a consonant ('y' is one after a vowel or at the start). */
    private boolean cons(int i) {
        switch (b[i]) {
            case 'a', 'e', 'i', 'o', 'u':
                return false;
            case 'y':
                return i == 0 || !cons(i - 1);
            default:
                return true;
        }
    }

    /** The number of vowel-consonant sequences in b[0..j]: [C](VC)^m[V]. */
    private int m() {
        int n = 0;
        int i = 0;
        while (true) {
            if (i > j) {
                return n;
            }
            if (!cons(i)) {
                break;
            }
            i++;
        }
        i++;
        while (true) {
            while (true) {
                if (i > j) {
                    return n;
                }
                if (cons(i)) {
                    break;
                }
                i++;
            }
            i++;
            n++;
            while (true) {
                if (i > j) {
                    return n;
                }
                if (!cons(i)) {
                    break;
                }
                i++;
            }
            i++;
        }
    }

    private boolean vowelInStem() {
        for (int i = 0; i <= j; i++) {
            if (!cons(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean doubleC(int at) {
        return at >= 1 && b[at] == b[at - 1] && cons(at);
    }

    /** consonant-vowel-consonant at i-2..i, the last not w, x or y ("hop" but not "snow"). */
    private boolean cvc(int i) {
        if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) {
            return false;
        }
        char ch = b[i];
        return ch != 'w' && ch != 'x' && ch != 'y';
    }

    private boolean ends(String s) {
        int l = s.length();
        int o = k - l + 1;
        if (o < 0) {
            return false;
        }
        for (int i = 0; i < l; i++) {
            if (b[o + i] != s.charAt(i)) {
                return false;
            }
        }
        j = k - l;
        return true;
    }

    /** Replaces b[j+1..k] with s. */
    private void setTo(String s) {
        int l = s.length();
        int o = j + 1;
        if (o + l > b.length) {
            char[] grown = new char[o + l];
            System.arraycopy(b, 0, grown, 0, b.length);
            b = grown;
        }
        s.getChars(0, l, b, o);
        k = j + l;
    }

    private void r(String s) {
        if (m() > 0) {
            setTo(s);
        }
    }

    private void step1ab() {
        if (b[k] == 's') {
            if (ends("sses")) {
                k -= 2;
            } else if (ends("ies")) {
                setTo("i");
            } else if (b[k - 1] != 's') {
                k--;
            }
        }
        if (ends("eed")) {
            if (m() > 0) {
                k--;
            }
        } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
            k = j;
            if (ends("at")) {
                setTo("ate");
            } else if (ends("bl")) {
                setTo("ble");
            } else if (ends("iz")) {
                setTo("ize");
            } else if (doubleC(k)) {
                k--;
                char ch = b[k];
                if (ch == 'l' || ch == 's' || ch == 'z') {
                    k++;
                }
            } else if (m() == 1 && cvc(k)) {
                setTo("e");
            }
        }
    }

    private void step1c() {
        if (ends("y") && vowelInStem()) {
            b[k] = 'i';
        }
    }

    private static final String[][] STEP2 = {
        {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
        {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"}, {"ization", "ize"},
        {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"}, {"fulness", "ful"},
        {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"}, {"logi", "log"}};

    private static final String[][] STEP3 = {
        {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""}};

    private static final String[] STEP4 = {
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize"};

    private void step2() {
        replaceFirstSuffix(STEP2);
    }

    private void step3() {
        replaceFirstSuffix(STEP3);
    }

    /** The first listed suffix the word ends with is replaced when the rest has m() > 0; later ones are not tried. */
    private void replaceFirstSuffix(String[][] rules) {
        for (String[] rule : rules) {
            if (ends(rule[0])) {
                r(rule[1]);
                return;
            }
        }
    }

    private void step4() {
        for (String suffix : STEP4) {
            if (ends(suffix)) {
                if (suffix.equals("ion") && !(j >= 0 && (b[j] == 's' || b[j] == 't'))) {
                    return;
                }
                if (m() > 1) {
                    k = j;
                }
                return;
            }
        }
    }

    private void step5() {
        j = k;
        if (b[k] == 'e') {
            int a = m();
            if (a > 1 || a == 1 && !cvc(k - 1)) {
                k--;
            }
        }
        if (b[k] == 'l' && doubleC(k) && m() > 1) {
            k--;
        }
    }
}
