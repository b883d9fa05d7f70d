package dev.docsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The cases of Docusaurus's {@code parseBlogFileName} tests ({@code blogUtils.test.ts}). */
class BlogFileNameTest {

    @Test
    void aDatedFileNameGivesDateTextAndSlug() {
        assertEquals(new BlogFileName(LocalDate.of(2021, 5, 12), "announcing-docusaurus-two-beta",
                "/2021/05/12/announcing-docusaurus-two-beta"), BlogFileName.parse("2021-05-12-announcing-docusaurus-two-beta.md"));
    }

    @Test
    void dateFoldersAndIndexFiles() {
        assertEquals(new BlogFileName(LocalDate.of(2021, 5, 12), "announcing-docusaurus-two-beta",
                "/2021/05/12/announcing-docusaurus-two-beta"),
                BlogFileName.parse("2021/05/12/announcing-docusaurus-two-beta.md"));
        assertEquals(new BlogFileName(LocalDate.of(2021, 5, 12), "announcing-docusaurus-two-beta",
                "/2021/05/12/announcing-docusaurus-two-beta"),
                BlogFileName.parse("2021-05-12-announcing-docusaurus-two-beta/index.md"));
        assertEquals(new BlogFileName(LocalDate.of(2021, 5, 12), "announcing-docusaurus-two-beta",
                "/2021/05/12/announcing-docusaurus-two-beta"),
                BlogFileName.parse("2021/05/12/announcing-docusaurus-two-beta/index.mdx"));
    }

    @Test
    void aFolderBeforeTheDateFollowsTheDateInTheSlug() {
        assertEquals(new BlogFileName(LocalDate.of(2021, 5, 12), "announcing-docusaurus-two-beta",
                "/2021/05/12/folder/subfolder/announcing-docusaurus-two-beta"),
                BlogFileName.parse("folder/subfolder/2021/05/12/announcing-docusaurus-two-beta/index.md"));
    }

    @Test
    void aDateAloneHasAnEmptyText() {
        assertEquals(new BlogFileName(LocalDate.of(2021, 5, 12), "", "/2021/05/12/"), BlogFileName.parse("2021-05-12.md"));
    }

    @Test
    void withoutADateTheSlugIsThePath() {
        assertEquals(new BlogFileName(null, "folder/subfolder/post", "/folder/subfolder/post"),
                BlogFileName.parse("folder/subfolder/post/index.md"));
        assertEquals(new BlogFileName(null, "no date", "/no date"), BlogFileName.parse("no date.md"));
    }
}
