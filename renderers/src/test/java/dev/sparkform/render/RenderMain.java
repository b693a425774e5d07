package dev.sparkform.render;

import dev.sparkform.compile.StackCompiler;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders {@link SampleStacks#platform()} in whatever JVM runs it, for {@link DeterminismTest}:
 * {@code RenderMain OUT_DIR} writes {@code all.yaml}, {@code all.json} (UTF-8 bytes of the rendered
 * text) and a directory render under {@code dir/}.
 */
public final class RenderMain {
  private RenderMain() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    render(out);
  }

  static void render(Path out) throws IOException {
    List<HasMetadata> objects = StackCompiler.create().compile(SampleStacks.platform());
    Files.createDirectories(out);
    Files.write(out.resolve("all.yaml"), Format.YAML.render(objects).getBytes(StandardCharsets.UTF_8));
    Files.write(out.resolve("all.json"), Format.JSON.render(objects).getBytes(StandardCharsets.UTF_8));
    OutputWriter.writeDirectory(out.resolve("dir"), objects, Format.YAML, "spark-platform");
  }
}
