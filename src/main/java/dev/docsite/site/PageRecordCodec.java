package dev.docsite.site;

import dev.docsite.content.Page;
import dev.docsite.content.PageBody;
import dev.docsite.content.PageLoader;
import dev.docsite.content.SourceFile;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import dev.docsite.problem.Severity;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What loading one page file gave ({@link PageLoader.Loaded}: the page without its body, or none for a draft, and
 * the problems found), in the build cache's binary form: identity (doc id, URL, title, label), frontmatter ({@link
 * FrontMatterCodec}), outline ({@link OutlineCodec}), problems and draft id. The file and its content root are the
 * ones the content scan finds; the body is read from the file again only if the page is rendered ({@link
 * PageBody.Reread}).
 */
final class PageRecordCodec {

    private PageRecordCodec() {
    }

    static void write(DataOutput out, PageLoader.Loaded loaded) throws IOException {
        Page page = loaded.page();
        out.writeBoolean(page != null);
        if (page != null) {
            OutlineCodec.writeNullable(out, page.docId());
            OutlineCodec.writeNullable(out, page.url());
            OutlineCodec.writeNullable(out, page.folder());
            out.writeBoolean(page.categoryIndex());
            OutlineCodec.writeNullable(out, page.title());
            OutlineCodec.writeNullable(out, page.sidebarLabel());
            FrontMatterCodec.write(out, page.frontMatter());
            OutlineCodec.writeOutline(out, page.outline());
        }
        out.writeInt(loaded.problems().size());
        for (Problem p : loaded.problems()) {
            out.writeByte(p.severity().ordinal());
            OutlineCodec.writeString(out, p.code().name());
            OutlineCodec.writeNullable(out, p.file());
            out.writeInt(p.line());
            out.writeInt(p.column());
            OutlineCodec.writeString(out, p.message());
            OutlineCodec.writeNullable(out, p.target());
        }
        OutlineCodec.writeNullable(out, loaded.draftId());
    }

    /** The record {@link #write} wrote for {@code file}, whose body is read again, if needed, through {@code body}. */
    static PageLoader.Loaded read(DataInput in, SourceFile file, PageBody body) throws IOException {
        Page page = null;
        if (in.readBoolean()) {
            page = Page.builder()
                    .source(file)
                    .docId(OutlineCodec.readNullable(in))
                    .url(OutlineCodec.readNullable(in))
                    .folder(OutlineCodec.readNullable(in))
                    .categoryIndex(in.readBoolean())
                    .title(OutlineCodec.readNullable(in))
                    .sidebarLabel(OutlineCodec.readNullable(in))
                    .frontMatter(FrontMatterCodec.read(in))
                    .outline(OutlineCodec.readOutline(in))
                    .body(body)
                    .build();
        }
        List<Problem> problems = new ArrayList<>();
        Severity[] severities = Severity.values();
        for (int i = OutlineCodec.count(in); i > 0; i--) {
            problems.add(new Problem(severities[in.readByte()], ProblemCode.valueOf(OutlineCodec.readString(in)),
                    OutlineCodec.readNullable(in), in.readInt(), in.readInt(), OutlineCodec.readString(in),
                    OutlineCodec.readNullable(in)));
        }
        return new PageLoader.Loaded(page, problems, OutlineCodec.readNullable(in));
    }
}
