/**
 * The production configuration, offline: what the CDK stack gives the function, pointed at
 * local stand-ins. State in DynamoDB (dynalite, the stack's table shape), `CATALOG=amazon-business`
 * against the Product Search and LWA emulators, and the credentials read from the skill's
 * secret in the Secrets Manager emulator, as in Lambda. `environment` is what to put into
 * `process.env` (or a child process's) before the bundle is loaded.
 */
import { startDynalite } from '../persistence/dynalite';
import { LWA_TEST_CREDENTIALS, startLwaEmulator } from '../emulators/lwa/server';
import { PRODUCT_SEARCH_TEST_EMAIL, type ProductSearchEmulator, type ProductSearchEmulatorOptions, startProductSearchEmulator } from '../emulators/product-search/server';
import { startSecretsManagerEmulator } from '../emulators/secrets-manager';

export const PRODUCTION_SECRET_ID = 'voice-shopping/skill-credentials';
export const PRODUCTION_TABLE = 'voice-shopping-state';
/** Connection tokens are signed with the secret's key, as in Lambda. */
export const PRODUCTION_TOKEN_SECRET = 'production-fixture-token-key-0123456789';

export interface ProductionFixture {
  environment: Record<string, string>;
  /** The dynalite endpoint, for a reference skill's own table. */
  dynamoEndpoint: string;
  createTable(name: string): Promise<void>;
  api: ProductSearchEmulator;
  close(): Promise<void>;
}

/** `api`: the emulator's usage plan, latency (`faults.delayMs`) and the rest, for the load benchmark. */
export async function startProductionFixture(options: { api?: Omit<ProductSearchEmulatorOptions, 'isValidToken'> } = {}): Promise<ProductionFixture> {
  const dynamo = await startDynalite();
  await dynamo.createTable(PRODUCTION_TABLE);
  const lwa = await startLwaEmulator();
  const api = await startProductSearchEmulator({ isValidToken: (token) => lwa.isValid(token), ...options.api });
  const secrets = await startSecretsManagerEmulator({
    secrets: {
      [PRODUCTION_SECRET_ID]: JSON.stringify({
        connectionTokenSecret: PRODUCTION_TOKEN_SECRET,
        lwaClientId: LWA_TEST_CREDENTIALS.clientId,
        lwaClientSecret: LWA_TEST_CREDENTIALS.clientSecret,
        lwaRefreshToken: LWA_TEST_CREDENTIALS.refreshToken,
        productSearchUserEmail: PRODUCT_SEARCH_TEST_EMAIL,
      }),
    },
  });
  return {
    environment: {
      PERSISTENCE: 'dynamodb',
      TABLE_NAME: PRODUCTION_TABLE,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      CATALOG: 'amazon-business',
      PRODUCT_SEARCH_API_ENDPOINT: api.url,
      LWA_TOKEN_ENDPOINT: lwa.tokenUrl,
      SKILL_SECRET_ID: PRODUCTION_SECRET_ID,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.url,
      // What Lambda sets for the execution role; fake, nothing here reaches AWS.
      AWS_ACCESS_KEY_ID: 'ASIALOCALFIXTUREONLY',
      AWS_SECRET_ACCESS_KEY: 'local-fixture-secret-not-a-real-key',
      AWS_SESSION_TOKEN: 'local-fixture-session-token',
      AWS_REGION: 'us-east-1',
    },
    dynamoEndpoint: dynamo.endpoint,
    createTable: (name) => dynamo.createTable(name),
    api,
    close: async () => {
      await secrets.close();
      await api.close();
      await lwa.close();
      await dynamo.close();
    },
  };
}
