package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Extra jars, files, Python files, archives and Maven packages the application needs.
 *
 * <p>CRD path: {@code SparkApplication.spec.deps}.
 */
public class Dependencies {
  @JsonProperty("archives")
  private List<String> archives;

  @JsonProperty("excludePackages")
  private List<String> excludePackages;

  @JsonProperty("files")
  private List<String> files;

  @JsonProperty("jars")
  private List<String> jars;

  @JsonProperty("packages")
  private List<String> packages;

  @JsonProperty("pyFiles")
  private List<String> pyFiles;

  @JsonProperty("repositories")
  private List<String> repositories;

  public Dependencies() {}

  public List<String> getArchives() {
    return archives;
  }

  public void setArchives(List<String> archives) {
    this.archives = archives == null ? null : new ArrayList<>(archives);
  }

  public Dependencies withArchives(List<String> archives) {
    setArchives(archives);
    return this;
  }

  public List<String> getExcludePackages() {
    return excludePackages;
  }

  public void setExcludePackages(List<String> excludePackages) {
    this.excludePackages = excludePackages == null ? null : new ArrayList<>(excludePackages);
  }

  public Dependencies withExcludePackages(List<String> excludePackages) {
    setExcludePackages(excludePackages);
    return this;
  }

  public List<String> getFiles() {
    return files;
  }

  public void setFiles(List<String> files) {
    this.files = files == null ? null : new ArrayList<>(files);
  }

  public Dependencies withFiles(List<String> files) {
    setFiles(files);
    return this;
  }

  public List<String> getJars() {
    return jars;
  }

  public void setJars(List<String> jars) {
    this.jars = jars == null ? null : new ArrayList<>(jars);
  }

  public Dependencies withJars(List<String> jars) {
    setJars(jars);
    return this;
  }

  public List<String> getPackages() {
    return packages;
  }

  public void setPackages(List<String> packages) {
    this.packages = packages == null ? null : new ArrayList<>(packages);
  }

  public Dependencies withPackages(List<String> packages) {
    setPackages(packages);
    return this;
  }

  public List<String> getPyFiles() {
    return pyFiles;
  }

  public void setPyFiles(List<String> pyFiles) {
    this.pyFiles = pyFiles == null ? null : new ArrayList<>(pyFiles);
  }

  public Dependencies withPyFiles(List<String> pyFiles) {
    setPyFiles(pyFiles);
    return this;
  }

  public List<String> getRepositories() {
    return repositories;
  }

  public void setRepositories(List<String> repositories) {
    this.repositories = repositories == null ? null : new ArrayList<>(repositories);
  }

  public Dependencies withRepositories(List<String> repositories) {
    setRepositories(repositories);
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Dependencies that = (Dependencies) o;
    return Objects.equals(archives, that.archives)
        && Objects.equals(excludePackages, that.excludePackages)
        && Objects.equals(files, that.files)
        && Objects.equals(jars, that.jars)
        && Objects.equals(packages, that.packages)
        && Objects.equals(pyFiles, that.pyFiles)
        && Objects.equals(repositories, that.repositories);
  }

  @Override
  public int hashCode() {
    return Objects.hash(archives, excludePackages, files, jars, packages, pyFiles, repositories);
  }

  @Override
  public String toString() {
    return "Dependencies{archives=" + archives
        + ", excludePackages=" + excludePackages
        + ", files=" + files
        + ", jars=" + jars
        + ", packages=" + packages
        + ", pyFiles=" + pyFiles
        + ", repositories=" + repositories + "}";
  }
}
