package io.cairn.adapter.out.local;

/** One embedding adapter for all tests of this module: loading the ONNX model takes seconds and ~100 MB. */
final class LocalModels {

    private static LocalOnnxEmbeddingAdapter embedding;

    private LocalModels() {}

    static synchronized LocalOnnxEmbeddingAdapter embedding() {
        if (embedding == null) {
            embedding = new LocalOnnxEmbeddingAdapter();
        }
        return embedding;
    }
}
