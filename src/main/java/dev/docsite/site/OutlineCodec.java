package dev.docsite.site;

import dev.docsite.markdown.Heading;
import dev.docsite.markdown.KpiRef;
import dev.docsite.markdown.LinkRef;
import dev.docsite.markdown.MarkdownNotice;
import dev.docsite.markdown.PageOutline;
import dev.docsite.markdown.DeflatedText;
import dev.docsite.problem.ProblemCode;
import dev.docsite.problem.Severity;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A page's outline (headings, anchors, links with their positions, KPI references, plain text, heading spans) and
 * Markdown notices in the build cache's binary form, so that a build takes an unchanged page's outline from the cache
 * instead of reading and parsing it ({@link PageRecordCodec}). Every field is written; nothing is derived on reading.
 * Also the cache's string and count primitives.
 */
final class OutlineCodec {

    private OutlineCodec() {
    }

    static void writeOutline(DataOutput out, PageOutline o) throws IOException {
        writeNullable(out, o.firstH1());
        out.writeInt(o.headings().size());
        for (Heading h : o.headings()) {
            out.writeInt(h.level());
            writeString(out, h.text());
            writeString(out, h.id());
            out.writeInt(h.line());
        }
        out.writeInt(o.elementIds().size());
        for (String id : o.elementIds()) {
            writeString(out, id);
        }
        out.writeInt(o.links().size());
        for (LinkRef link : o.links()) {
            writeString(out, link.target());
            out.writeByte(link.kind().ordinal());
            out.writeInt(link.line());
            out.writeInt(link.column());
            writeNullable(out, link.file());
        }
        out.writeInt(o.kpiRefs().size());
        for (KpiRef kpi : o.kpiRefs()) {
            writeString(out, kpi.id());
            out.writeInt(kpi.line());
            out.writeInt(kpi.column());
        }
        o.plainText().writeTo(out);
        out.writeInt(o.partials().size());
        for (Path partial : o.partials()) {
            writeString(out, partial.toString());
        }
        out.writeInt(o.headingSpans().size());
        for (int span : o.headingSpans()) {
            out.writeInt(span);
        }
        writeNotices(out, o.docCardLists());
    }

    /** The outline written by {@link #writeOutline}. */
    static PageOutline readOutline(DataInput in) throws IOException {
        String firstH1 = readNullable(in);
        List<Heading> headings = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            headings.add(new Heading(in.readInt(), readString(in), readString(in), in.readInt()));
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = count(in); i > 0; i--) {
            ids.add(readString(in));
        }
        List<LinkRef> links = new ArrayList<>();
        LinkRef.Kind[] kinds = LinkRef.Kind.values();
        for (int i = count(in); i > 0; i--) {
            links.add(new LinkRef(readString(in), kinds[in.readByte()], in.readInt(), in.readInt(), readNullable(in)));
        }
        List<KpiRef> kpis = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            kpis.add(new KpiRef(readString(in), in.readInt(), in.readInt()));
        }
        DeflatedText text = DeflatedText.readFrom(in);
        List<Path> partials = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            partials.add(Path.of(readString(in)));
        }
        List<Integer> spans = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            spans.add(in.readInt());
        }
        return new PageOutline(firstH1, headings, ids, links, kpis, text, partials, spans, readNotices(in));
    }

    static void writeNotices(DataOutput out, List<MarkdownNotice> notices) throws IOException {
        out.writeInt(notices.size());
        for (MarkdownNotice n : notices) {
            writeString(out, n.code().name());
            writeString(out, n.severity().name());
            writeNullable(out, n.file());
            out.writeInt(n.line());
            out.writeInt(n.column());
            writeString(out, n.message());
        }
    }

    static List<MarkdownNotice> readNotices(DataInput in) throws IOException {
        List<MarkdownNotice> notices = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            notices.add(new MarkdownNotice(ProblemCode.valueOf(readString(in)), Severity.valueOf(readString(in)),
                    readNullable(in), in.readInt(), in.readInt(), readString(in)));
        }
        return notices;
    }

    static void writeString(DataOutput out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInput in) throws IOException {
        byte[] bytes = new byte[count(in)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static void writeNullable(DataOutput out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            writeString(out, s);
        }
    }

    static String readNullable(DataInput in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    /** A length or count; a negative or huge one means the file is damaged. */
    static int count(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 64 << 20) {
            throw new IOException("damaged build cache (a count of " + n + ")");
        }
        return n;
    }
}
