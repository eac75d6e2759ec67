package io.cairn.adapter.out.local;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * langchain4j's {@link BgeSmallEnV15QuantizedEmbeddingModel}: the same ONNX file, tokenizer and CLS pooling from
 * its jar, but run by an ONNX Runtime session whose threads sleep instead of spin-waiting. The stock session spins,
 * which cost it a third of its CPU per text on a shared two-core machine (see LocalOnnxEmbeddingAdapterBenchmarkTest).
 */
final class QuietBgeSmallEnV15Model extends AbstractInProcessEmbeddingModel {

    static final int DIMENSION = 384;
    private static final String MODEL_RESOURCE = "bge-small-en-v1.5-q.onnx";

    private final OnnxBertBiEncoder encoder;

    QuietBgeSmallEnV15Model(Executor executor, int intraOpThreads) {
        super(executor);
        this.encoder = load(intraOpThreads);
    }

    /** As many single-threaded runs at once as there are cores: no thread waits on another inside a run. */
    static QuietBgeSmallEnV15Model onePerCore() {
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicInteger ids = new AtomicInteger();
        ThreadFactory daemons = task -> {
            Thread thread = new Thread(task, "bge-embedding-" + ids.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return new QuietBgeSmallEnV15Model(Executors.newFixedThreadPool(cores, daemons), 1);
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }

    private static OnnxBertBiEncoder load(int intraOpThreads) {
        // Referring to the class does not initialise it, so the stock model's static session is never built.
        ClassLoader jar = BgeSmallEnV15QuantizedEmbeddingModel.class.getClassLoader();
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                InputStream model = jar.getResourceAsStream(MODEL_RESOURCE);
                InputStream tokenizer = jar.getResourceAsStream(BgeTokenCounter.TOKENIZER_RESOURCE)) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("the bge-small-en-v1.5-q model files are missing from the classpath");
            }
            options.setIntraOpNumThreads(intraOpThreads);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
        } catch (OrtException | IOException e) {
            throw new IllegalStateException("cannot load the bge-small-en-v1.5-q model", e);
        }
    }
}
