package dev.docsite.search;

/**
 * What the search index needs to know of a document without making it: the digest of everything it is made from
 * (so that the terms of an unchanged one come from {@link SearchTermsCache}) and its scope.
 *
 * @param digest 32 bytes of SHA-256, one character each
 * @param scope  as {@link SearchDocument#scope}
 */
public record DocumentKey(String digest, String scope) {
}
