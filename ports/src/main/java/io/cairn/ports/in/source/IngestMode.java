package io.cairn.ports.in.source;

/** Whether an ingestion run skips documents whose content has not changed, or rebuilds every one. */
public enum IngestMode {
    /** Re-read the source and index only documents whose content hash changed: the normal sync. */
    CHANGED_ONLY,
    /** Re-chunk and re-index every document, for example after the chunking policy changed; cached embeddings still count. */
    REBUILD
}
