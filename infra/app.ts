/**
 * The CDK app entry (`cdk.json` runs it with tsx). One stack, checked by cdk-nag's
 * AwsSolutions pack on every synth: a finding fails the synth.
 *
 * With `-c regions=NA,EU,FE` it is one stack per Alexa region instead, each pinned to the AWS
 * region that serves it (`regions.ts`) and named for it, with an output naming its Alexa region
 * so the deploy writes each function's ARN into the matching regional endpoint of the manifest.
 * Each region's live alias keeps its own version (`-c liveVersion.<code>`, read by the deploy),
 * and its alarms notify a topic of their own region (`-c alarmTopicArn.<code>`).
 * Without it, the one stack stays environment-agnostic: it deploys to the account's region.
 */
import { App, CfnOutput, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readAppConfig } from './context';
import { InfraError } from './errors';
import { ALEXA_REGION_OUTPUT, ALEXA_REGIONS, regionalStackName } from './regions';
import { VoiceShoppingStack } from './stack';

export function buildApp(app: App = new App()): App {
  const { stackName, stackProps, regions, regional } = readAppConfig(app.node);
  if (regions.length === 0) new VoiceShoppingStack(app, stackName, stackProps);
  for (const region of regions) {
    const stack = new VoiceShoppingStack(app, regionalStackName(stackName, region), { ...stackProps, ...regional[region], env: { region: ALEXA_REGIONS[region] } });
    new CfnOutput(stack, ALEXA_REGION_OUTPUT, { value: region, description: "The skill manifest's region (apis.custom.regions) this stack's function serves" });
  }
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return app;
}

if (require.main === module) {
  try {
    buildApp().synth();
  } catch (err) {
    // Our own errors are instructions for the operator: print them without a stack trace.
    if (err instanceof InfraError) {
      console.error(`\n${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}
