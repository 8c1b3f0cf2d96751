/**
 * What the stage tools ask AWS Lambda, through the AWS SDK's default credential chain (like
 * `aws-checks.ts`): read an alias, list a function's published versions, read which package a
 * version runs, move an alias. Only the control plane; nothing here invokes the function.
 */
import { GetAliasCommand, GetFunctionConfigurationCommand, LambdaClient, ListVersionsByFunctionCommand, UpdateAliasCommand } from '@aws-sdk/client-lambda';

/** An alias as the tools need it. */
export interface AliasState {
  readonly version: string;
  readonly description: string | undefined;
  /** Lambda's revision of the alias: an update that names it fails if someone moved the alias since (PreconditionFailedException). */
  readonly revisionId: string | undefined;
}

export interface AliasUpdate {
  readonly version: string;
  readonly description: string;
  readonly revisionId: string | undefined;
}

/** The three calls, on one client; `close` frees its sockets. */
export interface LambdaAliases {
  /** The alias, or undefined when the function or the alias does not exist (ResourceNotFoundException). */
  readAlias(functionName: string, alias: string): Promise<AliasState | undefined>;
  /** Every published version's number, `$LATEST` left out, in the order Lambda lists them. */
  listVersions(functionName: string): Promise<string[]>;
  updateAlias(functionName: string, alias: string, update: AliasUpdate): Promise<AliasState>;
  /** The SHA-256 of a version's deployment package (GetFunctionConfiguration's CodeSha256): the same bundle has the same one in every region. */
  codeSha256(functionName: string, version: string): Promise<string | undefined>;
  close(): void;
}

/** ListVersionsByFunction's largest page (AWS Lambda API Reference: MaxItems 1–10000). */
const PAGE_SIZE = 10_000;

/**
 * A client for one region's Lambda. `endpoint` overrides where it sends requests (tests: one
 * Lambda emulator per region); by default the SDK's own, which `AWS_ENDPOINT_URL_LAMBDA` also sets.
 */
export function openLambdaAliases(region: string, endpoint?: string): LambdaAliases {
  const client = new LambdaClient({ region, ...(endpoint === undefined ? {} : { endpoint }) });
  return {
    readAlias: async (functionName, alias) => {
      try {
        const found = await client.send(new GetAliasCommand({ FunctionName: functionName, Name: alias }));
        return toState(found);
      } catch (err) {
        if (err instanceof Error && err.name === 'ResourceNotFoundException') return undefined;
        throw err;
      }
    },
    listVersions: async (functionName) => {
      const versions: string[] = [];
      let marker: string | undefined;
      do {
        const page = await client.send(new ListVersionsByFunctionCommand({ FunctionName: functionName, MaxItems: PAGE_SIZE, ...(marker === undefined ? {} : { Marker: marker }) }));
        for (const entry of page.Versions ?? []) if (entry.Version !== undefined && entry.Version !== '$LATEST') versions.push(entry.Version);
        marker = page.NextMarker;
      } while (marker !== undefined);
      return versions;
    },
    updateAlias: async (functionName, alias, update) =>
      toState(
        await client.send(
          new UpdateAliasCommand({
            FunctionName: functionName,
            Name: alias,
            FunctionVersion: update.version,
            Description: update.description,
            ...(update.revisionId === undefined ? {} : { RevisionId: update.revisionId }),
          }),
        ),
      ),
    codeSha256: async (functionName, version) => (await client.send(new GetFunctionConfigurationCommand({ FunctionName: functionName, Qualifier: version }))).CodeSha256,
    close: () => client.destroy(),
  };
}

function toState(alias: { FunctionVersion?: string | undefined; Description?: string | undefined; RevisionId?: string | undefined }): AliasState {
  if (alias.FunctionVersion === undefined) throw new Error('Lambda returned an alias without a FunctionVersion');
  return { version: alias.FunctionVersion, description: alias.Description, revisionId: alias.RevisionId };
}
