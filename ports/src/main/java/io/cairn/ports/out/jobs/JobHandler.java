package io.cairn.ports.out.jobs;

/** Runs jobs of one kind; a thrown exception makes the queue retry or dead-letter the job. */
public interface JobHandler {

    String kind();

    void handle(Job job);
}
