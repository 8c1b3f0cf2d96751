/**
 * The CDK app entry (`cdk.json` runs it with tsx). One stack, checked by cdk-nag's
 * AwsSolutions pack on every synth: a finding fails the synth.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readAppConfig } from './context';
import { InfraError } from './errors';
import { VoiceShoppingStack } from './stack';

export function buildApp(app: App = new App()): App {
  const { stackName, stackProps } = readAppConfig(app.node);
  new VoiceShoppingStack(app, stackName, stackProps);
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
