/**
 * AWS answers that say the deployment is broken rather than the request: the function's
 * credentials are not recognised, its role lacks a permission, the table or secret does not
 * exist. Retrying does not help and every customer is affected, so each one is logged as an
 * error with the ConfigurationFailure metric, which the stack's alarm watches
 * (infra/constructs/skill-alarms.ts).
 */
import { MetricNames } from '../config/metrics';
import { log } from '../util/log';
import { AwsConfigError, AwsServiceError } from './awsJsonClient';

/** Error types from the AWS API references (DynamoDB, Secrets Manager, "Common Errors"). */
const CONFIGURATION_ERROR_TYPES: ReadonlySet<string> = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'IncompleteSignature',
  'MissingAuthenticationToken',
  'MissingAuthenticationTokenException',
  'ExpiredTokenException',
  'AccessDeniedException',
  'AccessDenied',
  'ResourceNotFoundException',
  // Secrets Manager cannot decrypt with the secret's KMS key (the role lacks kms:Decrypt).
  'DecryptionFailure',
]);

/** The AWS error type when `err` says the deployment is misconfigured; otherwise undefined. */
export function configurationFailureType(err: unknown): string | undefined {
  if (err instanceof AwsConfigError) return err.name;
  if (err instanceof AwsServiceError && CONFIGURATION_ERROR_TYPES.has(err.type)) return err.type;
  return undefined;
}

/**
 * Logs `err` as a configuration failure of `service` (error level, with the metric) when it is
 * one, and says whether it was; the caller logs anything else its own way.
 */
export function reportConfigurationFailure(service: string, operation: string, err: unknown): boolean {
  const errorType = configurationFailureType(err);
  if (errorType === undefined) return false;
  const fields = { service, operation, errorType };
  log.error('aws_configuration_failure', fields);
  log.metric(MetricNames.ConfigurationFailure, 1, fields);
  return true;
}
