package io.cairn.adapter.in.http.source;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The newest run reports of a source, newest first. */
@Serdeable
public record SyncReportListResponse(List<SyncReportResponse> items) {}
