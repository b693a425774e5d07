package dev.sparkform.render;

/**
 * One file of a directory render: an object's, the kustomization, or one written beside the
 * objects, such as a spark-submit script.
 *
 * @param path relative to the output directory: a file name, or {@code SUBDIRECTORY/NAME} for a
 *     file beside the objects (so that {@code kubectl apply -f DIR} does not take it for one);
 *     checked before anything is written
 * @param text the content, written as UTF-8
 * @param executable whether to mark it executable (scripts)
 * @param of what it belongs to, for error messages ("spark app etl")
 */
public record OutputFile(String path, String text, boolean executable, String of) {}
