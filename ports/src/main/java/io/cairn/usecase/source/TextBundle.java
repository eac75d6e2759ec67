package io.cairn.usecase.source;

import io.cairn.ports.in.source.AddSourceCommand.TextDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Stores the documents of a text source as one length-prefixed UTF-8 blob, so it can be re-ingested later. */
final class TextBundle {

    static final String MEDIA_TYPE = "application/x-cairn-text-bundle";
    private static final int VERSION = 1;

    private TextBundle() {}

    static byte[] encode(List<TextDocument> documents) {
        try (var bytes = new ByteArrayOutputStream();
                var out = new DataOutputStream(bytes)) {
            out.writeInt(VERSION);
            out.writeInt(documents.size());
            for (TextDocument d : documents) {
                write(out, d.reference());
                write(out, d.title());
                write(out, d.text());
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<TextDocument> decode(byte[] blob) {
        try (var in = new DataInputStream(new ByteArrayInputStream(blob))) {
            if (in.readInt() != VERSION) {
                throw new IllegalStateException("unknown text bundle version");
            }
            int count = in.readInt();
            List<TextDocument> documents = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                documents.add(new TextDocument(read(in), read(in), read(in)));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String read(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}
