package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * When and how often the operator runs the templated application.
 *
 * <p>CRD path: {@code ScheduledSparkApplication.spec}.
 */
public class ScheduledSparkApplicationSpec {
  @JsonProperty("concurrencyPolicy")
  private String concurrencyPolicy;

  @JsonProperty("failedRunHistoryLimit")
  private Integer failedRunHistoryLimit;

  @JsonProperty("schedule")
  private String schedule;

  @JsonProperty("successfulRunHistoryLimit")
  private Integer successfulRunHistoryLimit;

  @JsonProperty("suspend")
  private Boolean suspend;

  @JsonProperty("template")
  private SparkApplicationSpec template;

  @JsonProperty("timeZone")
  private String timeZone;

  public ScheduledSparkApplicationSpec() {}

  public String getConcurrencyPolicy() {
    return concurrencyPolicy;
  }

  public void setConcurrencyPolicy(String concurrencyPolicy) {
    this.concurrencyPolicy = concurrencyPolicy;
  }

  public ScheduledSparkApplicationSpec withConcurrencyPolicy(String concurrencyPolicy) {
    setConcurrencyPolicy(concurrencyPolicy);
    return this;
  }

  public Integer getFailedRunHistoryLimit() {
    return failedRunHistoryLimit;
  }

  public void setFailedRunHistoryLimit(Integer failedRunHistoryLimit) {
    this.failedRunHistoryLimit = failedRunHistoryLimit;
  }

  public ScheduledSparkApplicationSpec withFailedRunHistoryLimit(Integer failedRunHistoryLimit) {
    setFailedRunHistoryLimit(failedRunHistoryLimit);
    return this;
  }

  public String getSchedule() {
    return schedule;
  }

  public void setSchedule(String schedule) {
    this.schedule = schedule;
  }

  public ScheduledSparkApplicationSpec withSchedule(String schedule) {
    setSchedule(schedule);
    return this;
  }

  public Integer getSuccessfulRunHistoryLimit() {
    return successfulRunHistoryLimit;
  }

  public void setSuccessfulRunHistoryLimit(Integer successfulRunHistoryLimit) {
    this.successfulRunHistoryLimit = successfulRunHistoryLimit;
  }

  public ScheduledSparkApplicationSpec withSuccessfulRunHistoryLimit(Integer successfulRunHistoryLimit) {
    setSuccessfulRunHistoryLimit(successfulRunHistoryLimit);
    return this;
  }

  public Boolean getSuspend() {
    return suspend;
  }

  public void setSuspend(Boolean suspend) {
    this.suspend = suspend;
  }

  public ScheduledSparkApplicationSpec withSuspend(Boolean suspend) {
    setSuspend(suspend);
    return this;
  }

  public SparkApplicationSpec getTemplate() {
    return template;
  }

  public void setTemplate(SparkApplicationSpec template) {
    this.template = template;
  }

  public ScheduledSparkApplicationSpec withTemplate(SparkApplicationSpec template) {
    setTemplate(template);
    return this;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public ScheduledSparkApplicationSpec withTimeZone(String timeZone) {
    setTimeZone(timeZone);
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
    ScheduledSparkApplicationSpec that = (ScheduledSparkApplicationSpec) o;
    return Objects.equals(concurrencyPolicy, that.concurrencyPolicy)
        && Objects.equals(failedRunHistoryLimit, that.failedRunHistoryLimit)
        && Objects.equals(schedule, that.schedule)
        && Objects.equals(successfulRunHistoryLimit, that.successfulRunHistoryLimit)
        && Objects.equals(suspend, that.suspend)
        && Objects.equals(template, that.template)
        && Objects.equals(timeZone, that.timeZone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(concurrencyPolicy, failedRunHistoryLimit, schedule, successfulRunHistoryLimit, suspend, template, timeZone);
  }

  @Override
  public String toString() {
    return "ScheduledSparkApplicationSpec{concurrencyPolicy=" + concurrencyPolicy
        + ", failedRunHistoryLimit=" + failedRunHistoryLimit
        + ", schedule=" + schedule
        + ", successfulRunHistoryLimit=" + successfulRunHistoryLimit
        + ", suspend=" + suspend
        + ", template=" + template
        + ", timeZone=" + timeZone + "}";
  }
}
