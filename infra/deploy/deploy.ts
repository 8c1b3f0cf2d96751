/**
 * `npm run deploy`: every step, in an order that needs no "any skill may call" trigger, after one
 * preflight that checks everything it can before anything changes.
 *
 * 1. preflight: AWS credentials and region, the CDK bootstrap, the ASK CLI profile (and its block
 *    in ask-resources.json) and vendor id, no placeholder ARN in the stack outputs, and what the
 *    live alias runs (read, so the stack keeps it there). Every problem is listed at once, and
 *    nothing has been created, uploaded or deployed.
 * 2. skill package, without an endpoint, only when no skill id is known yet: `ask deploy`
 *    creates the skill, so its id exists.
 * 3. `cdk deploy` with that skill id (each alias's trigger and SKILL_ID locked to it) and the
 *    live alias's version: a new version is published and `development` moves to it; `live`
 *    stays (`npm run promote` moves it).
 * 4. the skill's secret, read back: the Product Search API credentials and the token key must be
 *    there before the skill points at the function; otherwise stop, saying what to put there.
 * 5. skill package with the development alias's ARN as its endpoint (in the staged copy; the
 *    tracked skill.json never changes): the skill's development stage calls `development`.
 * 6. in-skill products (`npm run isp -- apply`).
 *
 * With `--regions NA,EU,FE`, step 3 deploys one stack per Alexa region (each in its own AWS
 * region, `infra/regions.ts`), steps 1 and 4 check every region's bootstrap, live alias and
 * secret (each region's live version passed as `-c liveVersion.<code>`), and step 5 writes each
 * region's development alias into the manifest's regional endpoint of its region.
 */
import { type CatalogKind, CatalogKinds } from '../../lambda/config/env';
import { type CliSpec, parseCli } from '../cli';
import { ALEXA_REGIONS, type AlexaRegion, InvalidRegionsError, parseRegions } from '../regions';
import { StackOutputs } from '../stack-outputs';
import { readSecretString, bootstrapVersion as readBootstrapVersion, secretProblems } from './aws-checks';
import { isPlaceholderArn } from './endpoint';
import { DeployError, MissingPrerequisiteError, PreflightError } from './errors';
import { deployTargets, type LiveRead, LiveUnreadableError, planInfraDeploy, readLiveAlias, readLiveAliases } from './infra';
import type { AliasState } from './lambda-aliases';
import { planIspSync } from './isps';
import { outputValue, stacksInOutputs } from './outputs';
import { type Context, findSkillId, problemCollector, requireAskProfile, requireAwsCredentials, requireAwsRegion, requireResourcesProfile, requireVendorId } from './prerequisites';
import { type Command, commandLine, paths, projectContext, run, runStep } from './run';
import { deploySkillPackage, endpointFromOutputs, planSkillDeploy, STAGED_PACKAGE } from './skill';
import { type StackTarget, targetLabel } from './targets';

export { PreflightError } from './errors';

const STEP = 'deploy';

export interface DeployOptions {
  /** Print every step and its command; change nothing and call nothing. */
  readonly dryRun: boolean;
  /** The stack is deployed already (by a pipeline, or a moment ago): use .cdk/stack-outputs.json. */
  readonly skipInfra: boolean;
  /** The catalog the stack deploys (`-c catalog=`); `embedded` needs no Product Search API credentials. */
  readonly catalog: CatalogKind;
  /** More arguments for `cdk deploy`. */
  readonly cdkArgs: readonly string[];
  /**
   * One stack per Alexa region, each serving the manifest's regional endpoint.
   * @default - none: the single stack in the account's region, the manifest's only endpoint
   */
  readonly regions?: readonly AlexaRegion[];
}

/** The `cdk deploy` arguments that deploy one stack per region (the app reads `-c regions`); none for the default single stack. */
export function regionArgs(regions: readonly AlexaRegion[] = []): string[] {
  return regions.length === 0 ? [] : ['--all', '-c', `regions=${regions.join(',')}`];
}

/** What the deploy does to the world; the default runs the real commands and the real AWS SDK. */
export interface DeployIo {
  /** Runs a command to its end; throws when it fails. */
  readonly run: (command: Command) => void | Promise<void>;
  readonly readSecret: (secretId: string, region: string) => Promise<string | undefined>;
  readonly bootstrapVersion: (region: string) => Promise<string | undefined>;
  /** The live alias of one stack the cdk arguments deploy; undefined before its first deployment. */
  readonly liveAlias: (target: StackTarget) => Promise<AliasState | undefined>;
  readonly log: (line: string) => void;
}

const REAL_IO: DeployIo = {
  run,
  readSecret: readSecretString,
  bootstrapVersion: readBootstrapVersion,
  liveAlias: (target) => readLiveAlias(target),
  log: (line) => console.log(line),
};

/** The secret is not ready; the skill still does not point at the function. */
export class SecretNotReadyError extends DeployError {
  constructor(secretId: string, problems: readonly string[], region?: string) {
    super(
      `the secret ${secretId}${region === undefined ? '' : ` in ${region}`} is not ready, so the skill does not point at the function yet:\n` +
        problems.map((problem) => `  - ${problem}`).join('\n') +
        `\nPut the values there (JSON keys connectionTokenSecret, lwaClientId, lwaClientSecret, lwaRefreshToken, productSearchUserEmail; keep the generated connectionTokenSecret):\n` +
        `  aws secretsmanager put-secret-value --secret-id ${secretId}${region === undefined ? '' : ` --region ${region}`} --secret-string file://secret.json\n` +
        'then run `npm run deploy` again (docs/going-live.md, "The secret").',
    );
  }
}

interface Checked {
  readonly region: string;
  readonly skillId: string | undefined;
  /** What each stack's live alias runs (undefined before its first deployment); none with --skip-infra. */
  readonly live: readonly LiveRead[];
}

/** Every offline check, all problems at once. */
export function preflightProblems(ctx: Context, options: DeployOptions): { problems: string[]; region: string | undefined } {
  const problems: string[] = [];
  const check = problemCollector(problems);
  check(() => requireAwsCredentials(STEP, ctx));
  // Regional stacks are pinned to their AWS regions; only the single stack needs the account's.
  const regional = options.regions ?? [];
  const region = regional.length > 0 ? ALEXA_REGIONS[regional[0] as AlexaRegion] : check(() => requireAwsRegion(STEP, ctx));
  const profile = check(() => requireAskProfile(STEP, ctx));
  if (profile !== undefined) {
    check(() => requireResourcesProfile(STEP, ctx, profile, STAGED_PACKAGE));
    check(() => requireVendorId(STEP, ctx, profile));
  }
  const outputs = paths(ctx.root).outputs;
  const arns = [StackOutputs.FunctionArn, StackOutputs.DevelopmentAliasArn].map((key) => outputValue(outputs, key));
  for (const arn of arns) {
    if (arn !== undefined && isPlaceholderArn(arn)) {
      problems.push(`the placeholder ARN ${arn} in ${outputs}, not a deployed function: delete the file and run \`npm run deploy\` without --skip-infra`);
    }
  }
  if (options.skipInfra && arns[1] === undefined) {
    problems.push(`missing the stack outputs ${outputs} that --skip-infra deploys against: run \`npm run deploy:infra\` first, or leave out --skip-infra`);
  }
  return { problems, region };
}

/** The deploy's steps, in order, each with what it will run. */
export function describeSteps(ctx: Context, options: DeployOptions): string[] {
  const profile = (() => {
    try {
      return planSkillDeploy(ctx);
    } catch {
      return undefined;
    }
  })();
  const ask = profile === undefined ? 'npx ask deploy --profile <profile>' : commandLine(profile);
  const skillId = profile === undefined ? undefined : findSkillId(ctx, profile.args[2] ?? 'default');
  const regional = options.regions ?? [];
  const where = regional.length === 0 ? '' : ` (one stack per region: ${regional.map((code) => `${code} in ${ALEXA_REGIONS[code]}`).join(', ')})`;
  const steps = [
    `preflight: AWS credentials and region, the CDK bootstrap${regional.length === 0 ? '' : ` of ${regional.map((code) => ALEXA_REGIONS[code]).join(', ')}`} and the live alias's version${regional.length === 0 ? '' : ' in each region'}${options.skipInfra ? ' (both skipped: --skip-infra)' : ''}, the ASK CLI profile, ask-resources.json and the vendor id, no placeholder ARN`,
    skillId === undefined
      ? `skill package without an endpoint, to create the skill: stage skill-package/ (without isps/) in ${STAGED_PACKAGE}, then ${ask}`
      : `skill package without an endpoint: skipped, the skill exists (${skillId})`,
    options.skipInfra
      ? 'stack: skipped (--skip-infra), using .cdk/stack-outputs.json'
      : `stack${where}: npx cdk deploy --require-approval never --outputs-file .cdk/stack-outputs.json -c skillId=${skillId ?? '<the id step 2 creates>'} ${regional.length === 0 ? '-c liveVersion=<what the live alias runs, read in step 1; none the first time>' : `${regional.map((code) => `-c liveVersion.${code}=<…>`).join(' ')} (what each region's live alias runs, read in step 1; none the first time)`}${options.catalog === CatalogKinds.Embedded ? ` -c catalog=${CatalogKinds.Embedded}` : ''}${options.cdkArgs.length > 0 ? ` ${options.cdkArgs.join(' ')}` : ''}${regionArgs(
          regional,
        )
          .map((arg) => ` ${arg}`)
          .join('')}`,
    `secret${regional.length > 1 ? 's, one per region' : ''}: read the SecretName output's value and check it (connectionTokenSecret at least 32 characters${options.catalog === CatalogKinds.AmazonBusiness ? '; lwaClientId, lwaClientSecret, lwaRefreshToken, productSearchUserEmail set' : ''}); stop here if not`,
    `skill package with the endpoint: stage again with the DevelopmentAliasArn output${regional.length === 0 ? '' : ` of each region as its regional endpoint (${regional.join(', ')}; the default endpoint: ${regional.includes('NA') ? 'NA' : regional[0]}'s)`} (and the AssociatesEnabled switch) in the staged skill.json, then ${ask}`,
    `in-skill products: npm run isp -- apply --profile … --skill-id … --vendor-id … --stage ${ctx.env['ISP_STAGE']?.trim() || 'development'}`,
  ];
  return steps.map((step, index) => `${index + 1}. ${step}`);
}

export async function deploy(ctx: Context, options: DeployOptions, io: DeployIo = REAL_IO): Promise<void> {
  if (options.dryRun) {
    io.log('Dry run: nothing is changed. The deploy would take these steps:');
    for (const line of describeSteps(ctx, options)) io.log(line);
    const { problems } = preflightProblems(ctx, options);
    if (problems.length > 0) throw new PreflightError(problems);
    io.log('Preflight (offline part): passed. The CDK bootstrap is checked online when the deploy runs.');
    return;
  }

  const checked = await preflight(ctx, options, io);
  if (checked.skillId === undefined) {
    io.log('\n[2/6] skill package without an endpoint: creating the skill');
    await deploySkillPackage(ctx, undefined, [], io.run);
  } else {
    io.log(`\n[2/6] skill package without an endpoint: skipped, the skill exists (${checked.skillId})`);
  }

  if (options.skipInfra) {
    io.log('\n[3/6] stack: skipped (--skip-infra)');
  } else {
    io.log('\n[3/6] stack: cdk deploy');
    const cdkArgs = cdkArgsOf(options);
    for (const { target, live } of checked.live) {
      const where = target.alexaRegion === undefined ? '' : ` in ${targetLabel(target)}`;
      io.log(live === undefined ? `no live alias${where} yet: live starts at the version this deployment publishes` : `live alias${where}: stays on version ${live.version}`);
    }
    await io.run(planInfraDeploy(ctx, cdkArgs, checked.live));
  }

  io.log('\n[4/6] secret: checking its values');
  const outputs = paths(ctx.root).outputs;
  // Each stack has its own secret, in its own region: every one must be ready before any endpoint points at a function.
  const secrets = stacksInOutputs(outputs).flatMap((entry) => {
    const secretId = entry.outputs[StackOutputs.SecretName];
    return secretId === undefined ? [] : [{ secretId, region: entry.awsRegion ?? checked.region }];
  });
  if (secrets.length === 0) throw new MissingPrerequisiteError(STEP, `the ${StackOutputs.SecretName} output in ${outputs}`, 'Run `npm run deploy` without --skip-infra.');
  for (const { secretId, region } of secrets) {
    const problems = secretProblems(await io.readSecret(secretId, region), options.catalog);
    if (problems.length > 0) throw new SecretNotReadyError(secretId, problems, secrets.length > 1 ? region : undefined);
  }

  io.log('\n[5/6] skill package with the endpoint');
  const endpoint = endpointFromOutputs(ctx.root);
  if (endpoint === undefined) throw new MissingPrerequisiteError(STEP, `the stack outputs ${outputs}`, 'Run `npm run deploy` without --skip-infra.');
  await deploySkillPackage(ctx, endpoint, [], io.run);

  io.log('\n[6/6] in-skill products');
  await io.run(planIspSync(ctx));
  io.log(
    '\nDeployed to the development stage. Test it in the developer console (Test tab, "Development" stage): "open voice shopper". `npm run promote` moves the live alias to this version.',
  );
}

/** What `cdk deploy` gets beyond the skill id and the live alias: the catalog, then the operator's own arguments. */
function cdkArgsOf(options: DeployOptions): string[] {
  return [...(options.catalog === CatalogKinds.Embedded ? ['-c', `catalog=${CatalogKinds.Embedded}`] : []), ...regionArgs(options.regions), ...options.cdkArgs];
}

/** The offline checks, then the online ones (the CDK bootstrap, the live alias); throws PreflightError with every problem. */
async function preflight(ctx: Context, options: DeployOptions, io: DeployIo): Promise<Checked> {
  io.log('[1/6] preflight');
  const { problems, region } = preflightProblems(ctx, options);
  // Every region a stack goes to must be bootstrapped: regional stacks each in their own.
  const regional = options.regions ?? [];
  const bootstrapRegions = regional.length === 0 ? (region === undefined ? [] : [region]) : regional.map((code) => ALEXA_REGIONS[code]);
  if (problems.length === 0 && !options.skipInfra) {
    // One read per region, side by side; each answer becomes a problem or nothing.
    const found = await Promise.all(
      bootstrapRegions.map(async (awsRegion) => {
        try {
          const version = await io.bootstrapVersion(awsRegion);
          return version === undefined
            ? `the CDK bootstrap in ${awsRegion}: run \`npx cdk bootstrap${regional.length === 0 ? '' : ` aws://<account>/${awsRegion}`}\` once for this account and region`
            : undefined;
        } catch (err) {
          return `the CDK bootstrap of ${awsRegion} could not be checked (${err instanceof Error ? err.name : 'error'}): are the AWS credentials valid, and may they read SSM parameters /cdk-bootstrap/*?`;
        }
      }),
    );
    problems.push(...found.filter((problem): problem is string => problem !== undefined));
  }
  // Every stack's live alias, each in its own region: a deploy that does not know what live runs would move it.
  let live: LiveRead[] = [];
  if (problems.length === 0 && region !== undefined && !options.skipInfra) {
    try {
      live = await readLiveAliases(
        deployTargets(cdkArgsOf(options), () => region),
        (target) => io.liveAlias(target),
      );
    } catch (err) {
      if (err instanceof LiveUnreadableError) problems.push(...err.problems);
      else if (err instanceof DeployError) problems.push(err.message);
      else throw err;
    }
  }
  if (problems.length > 0 || region === undefined) throw new PreflightError(problems);
  const profile = requireAskProfile(STEP, ctx);
  return { region, skillId: findSkillId(ctx, profile), live };
}

export const DEPLOY_CLI: CliSpec = {
  command: 'npm run deploy --',
  summary: 'Deploy the skill: preflight, skill package, CDK stack, secret check, endpoint, in-skill products (docs/going-live.md).',
  options: [
    { flag: '--dry-run', text: 'print every step and its command, and the offline preflight; change nothing' },
    { flag: '--skip-infra', text: 'the stack is deployed already: use .cdk/stack-outputs.json instead of running cdk deploy' },
    { flag: '--catalog KIND', text: 'amazon-business (default) or embedded (the sample catalog; no Product Search API credentials needed)' },
    {
      flag: '--regions LIST',
      text: "one stack per Alexa region, the manifest's regional endpoints: NA (us-east-1), EU (eu-west-1), FE (us-west-2), e.g. NA,EU,FE; default: one stack in the account's region",
    },
  ],
  rest: 'arguments after -- go to `cdk deploy` (e.g. -- -c tracing=true)',
  examples: [
    'npm run deploy -- --dry-run',
    'npm run deploy',
    'npm run deploy -- --regions NA,EU,FE',
    'ASK_DEFAULT_PROFILE=staging npm run deploy -- --catalog embedded',
    'npm run deploy -- -- -c tracing=true',
  ],
  exitCodes: [
    [0, 'deployed (or, with --dry-run, the preflight passed)'],
    [1, 'the preflight found a problem (nothing changed), the secret is not ready (the skill does not point at the function), or a step failed'],
    [2, 'an unknown or malformed option'],
  ],
};

if (require.main === module) {
  const argv = process.argv.slice(2);
  const split = argv.indexOf('--');
  const cli = parseCli(DEPLOY_CLI, split === -1 ? argv : argv.slice(0, split), { 'dry-run': 'boolean', 'skip-infra': 'boolean', catalog: 'string', regions: 'string' });
  if (cli !== undefined) {
    const catalog = Object.values(CatalogKinds).find((kind) => kind === (cli.values.catalog ?? CatalogKinds.AmazonBusiness));
    let regions: AlexaRegion[] | undefined;
    try {
      regions = parseRegions(cli.values.regions ?? '');
    } catch (err) {
      if (!(err instanceof InvalidRegionsError)) throw err;
      console.error(`deploy: --regions: ${err.message} (see --help)`);
      process.exitCode = 2;
    }
    if (catalog === undefined) {
      console.error(`deploy: --catalog must be ${Object.values(CatalogKinds).join(' or ')}, not "${cli.values.catalog ?? ''}" (see --help)`);
      process.exitCode = 2;
    } else if (regions !== undefined) {
      const options: DeployOptions = {
        dryRun: cli.values['dry-run'] === true,
        skipInfra: cli.values['skip-infra'] === true,
        catalog,
        cdkArgs: split === -1 ? [] : argv.slice(split + 1),
        regions,
      };
      runStep(STEP, async () => deploy(projectContext(), options));
    }
  }
}
