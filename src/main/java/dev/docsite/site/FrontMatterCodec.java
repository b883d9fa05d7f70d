package dev.docsite.site;

import dev.docsite.frontmatter.FrontMatter;
import dev.docsite.frontmatter.NavOverride;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page's typed frontmatter and every YAML value it holds ({@link FrontMatter#all()}) in the build cache's binary
 * form, so that an unchanged page's frontmatter is not loaded by SnakeYAML again. Values are written with their exact
 * class (the ones SnakeYAML's safe constructor makes: strings, numbers, booleans, timestamps, binary, lists, maps, sets)
 * and read back as the same classes, so templates and digests see what a fresh load gives; a value of any other class
 * is refused ({@link Uncacheable}) and such a page is read from its file every time.
 */
final class FrontMatterCodec {

    /** A frontmatter this codec does not write; the page is then not kept in the cache. */
    static final class Uncacheable extends IOException {
        private static final long serialVersionUID = 1L;

        Uncacheable(String why) {
            super(why);
        }
    }

    private static final int DEEPEST = 32;
    private static final byte NULL = 0, STRING = 1, INTEGER = 2, LONG = 3, BIG = 4, DOUBLE = 5, TRUE = 6, FALSE = 7,
            LIST = 8, MAP = 9, SET = 10, DATE = 11, BINARY = 12;

    private FrontMatterCodec() {
    }

    static void write(DataOutput out, FrontMatter fm) throws IOException {
        out.writeInt(fm.startLine());
        out.writeInt(fm.endLine());
        for (String s : new String[] {fm.id(), fm.title(), fm.sidebarLabel(), fm.paginationLabel(), fm.description(),
                fm.slug(), fm.image(), fm.customEditUrl()}) {
            OutlineCodec.writeNullable(out, s);
        }
        out.writeBoolean(fm.sidebarPosition() != null);
        if (fm.sidebarPosition() != null) {
            out.writeDouble(fm.sidebarPosition());
        }
        writeNav(out, fm.paginationPrev());
        writeNav(out, fm.paginationNext());
        for (List<String> list : List.of(fm.keywords(), fm.tags(), fm.kpis())) {
            out.writeInt(list.size());
            for (String s : list) {
                OutlineCodec.writeString(out, s);
            }
        }
        out.writeByte((fm.draft() ? 1 : 0) | (fm.unlisted() ? 2 : 0) | (fm.hideTitle() ? 4 : 0)
                | (fm.hideTableOfContents() ? 8 : 0));
        out.writeInt(fm.tocMinHeadingLevel());
        out.writeInt(fm.tocMaxHeadingLevel());
        out.writeBoolean(fm.lastUpdate() != null);
        if (fm.lastUpdate() != null) {
            OutlineCodec.writeNullable(out, fm.lastUpdate().date() == null ? null : fm.lastUpdate().date().toString());
            OutlineCodec.writeNullable(out, fm.lastUpdate().author());
        }
        out.writeInt(fm.all().size());
        for (Map.Entry<String, Object> e : fm.all().entrySet()) {
            OutlineCodec.writeNullable(out, e.getKey());
            writeValue(out, e.getValue(), 0);
        }
        out.writeInt(fm.keyLines().size());
        for (Map.Entry<String, Integer> e : fm.keyLines().entrySet()) {
            OutlineCodec.writeString(out, e.getKey());
            out.writeInt(e.getValue());
        }
    }

    static FrontMatter read(DataInput in) throws IOException {
        FrontMatter.Builder b = FrontMatter.builder().startLine(in.readInt()).endLine(in.readInt())
                .id(OutlineCodec.readNullable(in)).title(OutlineCodec.readNullable(in))
                .sidebarLabel(OutlineCodec.readNullable(in)).paginationLabel(OutlineCodec.readNullable(in))
                .description(OutlineCodec.readNullable(in)).slug(OutlineCodec.readNullable(in))
                .image(OutlineCodec.readNullable(in)).customEditUrl(OutlineCodec.readNullable(in));
        if (in.readBoolean()) {
            b.sidebarPosition(in.readDouble());
        }
        b.paginationPrev(readNav(in)).paginationNext(readNav(in));
        b.keywords(readStrings(in)).tags(readStrings(in)).kpis(readStrings(in));
        int flags = in.readByte();
        b.draft((flags & 1) != 0).unlisted((flags & 2) != 0).hideTitle((flags & 4) != 0)
                .hideTableOfContents((flags & 8) != 0);
        b.tocMinHeadingLevel(in.readInt()).tocMaxHeadingLevel(in.readInt());
        if (in.readBoolean()) {
            String date = OutlineCodec.readNullable(in);
            b.lastUpdate(new FrontMatter.LastUpdate(date == null ? null : LocalDate.parse(date),
                    OutlineCodec.readNullable(in)));
        }
        Map<String, Object> all = new LinkedHashMap<>();
        for (int i = OutlineCodec.count(in); i > 0; i--) {
            all.put(OutlineCodec.readNullable(in), readValue(in, 0));
        }
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (int i = OutlineCodec.count(in); i > 0; i--) {
            keyLines.put(OutlineCodec.readString(in), in.readInt());
        }
        return b.all(all).keyLines(keyLines).build();
    }

    private static void writeNav(DataOutput out, NavOverride nav) throws IOException {
        out.writeByte(nav == null ? 0 : nav.disabled() ? 1 : 2);
        if (nav != null) {
            OutlineCodec.writeNullable(out, nav.docId());
        }
    }

    private static NavOverride readNav(DataInput in) throws IOException {
        byte kind = in.readByte();
        if (kind == 0) {
            return null;
        }
        return new NavOverride(kind == 1, OutlineCodec.readNullable(in));
    }

    private static List<String> readStrings(DataInput in) throws IOException {
        List<String> list = new ArrayList<>();
        for (int i = OutlineCodec.count(in); i > 0; i--) {
            list.add(OutlineCodec.readString(in));
        }
        return list;
    }

    private static void writeValue(DataOutput out, Object v, int depth) throws IOException {
        if (depth > DEEPEST) {
            throw new Uncacheable("frontmatter nested deeper than " + DEEPEST);
        }
        if (v == null) {
            out.writeByte(NULL);
        } else if (v.getClass() == String.class) {
            out.writeByte(STRING);
            OutlineCodec.writeString(out, (String) v);
        } else if (v.getClass() == Integer.class) {
            out.writeByte(INTEGER);
            out.writeInt((Integer) v);
        } else if (v.getClass() == Long.class) {
            out.writeByte(LONG);
            out.writeLong((Long) v);
        } else if (v.getClass() == BigInteger.class) {
            out.writeByte(BIG);
            OutlineCodec.writeString(out, v.toString());
        } else if (v.getClass() == Double.class) {
            out.writeByte(DOUBLE);
            out.writeLong(Double.doubleToRawLongBits((Double) v));
        } else if (v.getClass() == Boolean.class) {
            out.writeByte((Boolean) v ? TRUE : FALSE);
        } else if (v.getClass() == Date.class) {
            out.writeByte(DATE);
            out.writeLong(((Date) v).getTime());
        } else if (v.getClass() == byte[].class) {
            out.writeByte(BINARY);
            out.writeInt(((byte[]) v).length);
            out.write((byte[]) v);
        } else if (v.getClass() == ArrayList.class || v.getClass() == LinkedHashSet.class) {
            out.writeByte(v.getClass() == ArrayList.class ? LIST : SET);
            java.util.Collection<?> items = (java.util.Collection<?>) v;
            out.writeInt(items.size());
            for (Object item : items) {
                writeValue(out, item, depth + 1);
            }
        } else if (v.getClass() == LinkedHashMap.class) {
            out.writeByte(MAP);
            Map<?, ?> map = (Map<?, ?>) v;
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                writeValue(out, e.getKey(), depth + 1);
                writeValue(out, e.getValue(), depth + 1);
            }
        } else {
            throw new Uncacheable("a frontmatter value of class " + v.getClass().getName());
        }
    }

    private static Object readValue(DataInput in, int depth) throws IOException {
        if (depth > DEEPEST) {
            throw new IOException("damaged build cache (frontmatter nested too deep)");
        }
        byte tag = in.readByte();
        switch (tag) {
            case NULL: return null;
            case STRING: return OutlineCodec.readString(in);
            case INTEGER: return in.readInt();
            case LONG: return in.readLong();
            case BIG: return new BigInteger(OutlineCodec.readString(in));
            case DOUBLE: return Double.longBitsToDouble(in.readLong());
            case TRUE: return Boolean.TRUE;
            case FALSE: return Boolean.FALSE;
            case DATE: return new Date(in.readLong());
            case BINARY: {
                byte[] bytes = new byte[OutlineCodec.count(in)];
                in.readFully(bytes);
                return bytes;
            }
            case LIST: {
                List<Object> list = new ArrayList<>();
                for (int i = OutlineCodec.count(in); i > 0; i--) {
                    list.add(readValue(in, depth + 1));
                }
                return list;
            }
            case SET: {
                Set<Object> set = new LinkedHashSet<>();
                for (int i = OutlineCodec.count(in); i > 0; i--) {
                    set.add(readValue(in, depth + 1));
                }
                return set;
            }
            case MAP: {
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = OutlineCodec.count(in); i > 0; i--) {
                    map.put(readValue(in, depth + 1), readValue(in, depth + 1));
                }
                return map;
            }
            default: throw new IOException("damaged build cache (a frontmatter value tagged " + tag + ")");
        }
    }
}
