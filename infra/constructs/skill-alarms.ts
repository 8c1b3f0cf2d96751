/**
 * CloudWatch alarms for the skill function: any error, any throttle, a p99 duration that
 * eats into Alexa's ~8 s response budget (Alexa Skills Kit documentation, "Host a Custom Skill
 * as an AWS Lambda Function"), and any configuration failure the function reports (AWS
 * refusing its credentials or permissions, a missing table or secret, a missing or short
 * connection-token secret): those fail customers without the function throwing.
 *
 * The function's own metrics sum every version, so a failing development version and the
 * published skill look alike there. The `live` alias gets errors and throttles alarms of its
 * own, on the metrics Lambda publishes per alias (dimensions FunctionName and Resource
 * `<function>:live`; AWS Lambda Developer Guide, "Types of metrics for Lambda functions"): those
 * fire only when customers of the published skill are failed.
 */
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { METRIC_NAMESPACE, MetricNames } from '../../lambda/config/metrics';

export interface SkillAlarmsProps {
  readonly function: lambda.IFunction;
  /**
   * The alias the published skill calls; it gets its own errors and throttles alarms.
   * @default - no alarms per alias
   */
  readonly live?: lambda.IAlias;
  /**
   * p99 duration above which the duration alarm fires.
   * @default Duration.seconds(5)
   */
  readonly p99DurationThreshold?: Duration;
  /**
   * The window each alarm evaluates.
   * @default Duration.minutes(5)
   */
  readonly period?: Duration;
  /**
   * Where alarms notify (e.g. an SNS topic action).
   * @default - no actions; alarms show in the console only
   */
  readonly alarmActions?: cloudwatch.IAlarmAction[];
}

export class SkillAlarms extends Construct {
  readonly errors: cloudwatch.Alarm;
  readonly throttles: cloudwatch.Alarm;
  readonly p99Duration: cloudwatch.Alarm;
  readonly configuration: cloudwatch.Alarm;
  /** Errors and throttles of the live alias only, when one is given. */
  readonly liveErrors: cloudwatch.Alarm | undefined;
  readonly liveThrottles: cloudwatch.Alarm | undefined;

  constructor(scope: Construct, id: string, props: SkillAlarmsProps) {
    super(scope, id);
    const period = props.period ?? Duration.minutes(5);
    const threshold = props.p99DurationThreshold ?? Duration.seconds(5);
    const fn = props.function;

    this.errors = new cloudwatch.Alarm(this, 'Errors', {
      alarmDescription: 'The skill function threw or timed out: customers heard an apology or nothing.',
      metric: fn.metricErrors({ period, statistic: cloudwatch.Stats.SUM }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.throttles = new cloudwatch.Alarm(this, 'Throttles', {
      alarmDescription: 'Lambda throttled the skill function: Alexa got no answer.',
      metric: fn.metricThrottles({ period, statistic: cloudwatch.Stats.SUM }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.p99Duration = new cloudwatch.Alarm(this, 'P99Duration', {
      alarmDescription: `p99 duration above ${threshold.toSeconds()} s: close to Alexa's 8 s response budget.`,
      metric: fn.metricDuration({ period, statistic: cloudwatch.Stats.p(99) }),
      threshold: threshold.toMilliseconds(),
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    this.configuration = new cloudwatch.Alarm(this, 'ConfigurationFailures', {
      alarmDescription:
        'The function reported a configuration failure (the log line aws_configuration_failure or token_secret_invalid says which): AWS refused its credentials or permissions, the table or secret is missing, or the connection-token secret is missing or short.',
      metric: new cloudwatch.Metric({ namespace: METRIC_NAMESPACE, metricName: MetricNames.ConfigurationFailure, period, statistic: cloudwatch.Stats.SUM }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    const live = props.live;
    this.liveErrors =
      live === undefined
        ? undefined
        : new cloudwatch.Alarm(this, 'LiveErrors', {
            alarmDescription: `The ${live.aliasName} alias threw or timed out: customers of the published skill heard an apology or nothing (npm run rollback goes back to the version live ran before).`,
            metric: live.metricErrors({ period, statistic: cloudwatch.Stats.SUM }),
            threshold: 1,
            evaluationPeriods: 1,
            comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
          });
    this.liveThrottles =
      live === undefined
        ? undefined
        : new cloudwatch.Alarm(this, 'LiveThrottles', {
            alarmDescription: `Lambda throttled the ${live.aliasName} alias: Alexa got no answer for customers of the published skill.`,
            metric: live.metricThrottles({ period, statistic: cloudwatch.Stats.SUM }),
            threshold: 1,
            evaluationPeriods: 1,
            comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
          });

    for (const alarm of [
      this.errors,
      this.throttles,
      this.p99Duration,
      this.configuration,
      ...(this.liveErrors === undefined ? [] : [this.liveErrors]),
      ...(this.liveThrottles === undefined ? [] : [this.liveThrottles]),
    ]) {
      for (const action of props.alarmActions ?? []) alarm.addAlarmAction(action);
    }
  }
}
