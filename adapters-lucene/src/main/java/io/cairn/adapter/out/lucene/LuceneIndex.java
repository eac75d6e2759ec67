package io.cairn.adapter.out.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/** An open on-disk index: one writer shared by all threads, near-real-time searchers, a commit behind each write. */
final class LuceneIndex implements Closeable {

    /** Anserini's BM25 constants (k1 0.9, b 0.4), which BEIR's published BM25 baselines use. */
    static final Similarity SIMILARITY = new BM25Similarity(0.9f, 0.4f);

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final GroupCommit commits;

    private LuceneIndex(Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.commits = new GroupCommit(writer);
    }

    static LuceneIndex open(Path path, Analyzer analyzer) {
        Directory directory = null;
        IndexWriter writer = null;
        try {
            directory = FSDirectory.open(path);
            writer = new IndexWriter(
                    directory,
                    new IndexWriterConfig(analyzer)
                            .setOpenMode(OpenMode.CREATE_OR_APPEND)
                            .setSimilarity(SIMILARITY)
                            .setCodec(new HighDimensionCodec()));
            return new LuceneIndex(directory, writer, new SearcherManager(writer, new Bm25Searchers()));
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(writer, directory);
            throw new UncheckedIOException("cannot open the index at " + path, e);
        }
    }

    /** Returns once the write is committed and visible to new searches. */
    void write(WriteOperation operation) {
        try {
            commits.commitThrough(operation.apply(writer));
            // Refreshing only after the commit means no reader sees a write that a crash could still lose.
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the index", e);
        }
    }

    /**
     * Merges every segment into one. Each segment has its own HNSW graph that a vector search walks in turn, so a
     * bulk-loaded index of many segments answers several times slower than the same chunks in one (ADR 15).
     */
    void mergeIntoOneSegment() {
        try {
            writer.forceMerge(1);
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge the index", e);
        }
    }

    /** How many segments a search walks now. */
    int segmentCount() {
        return read(searcher -> searcher.getIndexReader().leaves().size());
    }

    <T> T read(ReadOperation<T> operation) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return operation.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index", e);
        }
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(searchers, writer, directory);
    }

    /** Gives every searcher the same BM25 constants the writer used for norms. */
    private static final class Bm25Searchers extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(SIMILARITY);
            return searcher;
        }
    }

    /** A change to the index, answering the writer's sequence number for it. */
    @FunctionalInterface
    interface WriteOperation {
        long apply(IndexWriter writer) throws IOException;
    }

    @FunctionalInterface
    interface ReadOperation<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
