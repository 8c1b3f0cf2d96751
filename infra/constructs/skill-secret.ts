/**
 * The Secrets Manager secret for the skill's credentials: the Product Search API's Login with
 * Amazon client and refresh token, the Amazon Business user email, and the HMAC key for
 * Shopping Actions connection tokens.
 *
 * Its JSON keys are `SECRET_KEYS` from `lambda/config/secretKeys.ts`, read by the runtime's loader (`lambda/security/secrets.ts`): that
 * list is the one contract between this stack and the runtime. The connection-token key is
 * generated at creation; the others start as empty strings (which the runtime reads as "not
 * configured") until an operator fills them in with `aws secretsmanager put-secret-value`.
 */
import { Validations } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { type SecretKey, SECRET_KEYS } from '../../lambda/config/secretKeys';

/**
 * The shortest connection-token key the stack generates, and the deploy accepts in the secret
 * (the runtime itself falls back to a random per-process key below 16 characters).
 */
export const MIN_TOKEN_KEY_LENGTH = 32;

/** The key Secrets Manager generates a random value for at creation. */
export const GENERATED_SECRET_KEY: SecretKey = 'connectionTokenSecret';

export interface SkillSecretProps {
  /**
   * Length of the generated connection-token HMAC key (alphanumeric: ~5.95 bits per character).
   * @default 64
   */
  readonly generatedKeyLength?: number;
}

export class SkillSecret extends Construct {
  readonly secret: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: SkillSecretProps = {}) {
    super(scope, id);
    const length = props.generatedKeyLength ?? 64;
    if (length < MIN_TOKEN_KEY_LENGTH) throw new RangeError(`SkillSecret generatedKeyLength must be at least ${MIN_TOKEN_KEY_LENGTH} characters`);

    const template: Partial<Record<SecretKey, string>> = {};
    for (const key of SECRET_KEYS) if (key !== GENERATED_SECRET_KEY) template[key] = '';

    this.secret = new secretsmanager.Secret(this, 'Secret', {
      description: 'Voice shopping skill: Product Search API credentials and the connection-token key',
      generateSecretString: {
        secretStringTemplate: JSON.stringify(template),
        generateStringKey: GENERATED_SECRET_KEY,
        passwordLength: length,
        excludePunctuation: true,
      },
    });
    Validations.of(this.secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The LWA client secret and refresh token are issued by Amazon and can only be rotated by an operator in the developer console; a rotation Lambda could not obtain new ones.',
    });
  }

  /** Lets exactly this grantee read the secret (GetSecretValue, DescribeSecret on this secret's ARN). */
  grantReadTo(grantee: iam.IGrantable): iam.Grant {
    return this.secret.grantRead(grantee);
  }
}
