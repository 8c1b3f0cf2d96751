/**
 * cdk-nag's AwsSolutions pack over the app exactly as `cdk synth` builds it (infra/app.ts),
 * with tracing on so the X-Ray acknowledgement is exercised too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { AwsSolutionsChecks } from 'cdk-nag';
import { buildApp } from '../../infra/app';

const SKILL_ID = 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef';

interface Report {
  pluginReports: Array<{ pluginName: string; violations: Array<{ ruleName: string }> }>;
}

function readReport(directory: string): Report {
  return JSON.parse(fs.readFileSync(path.join(directory, 'validation-report.json'), 'utf8')) as Report;
}

/** Acknowledgements as recorded on construct metadata: `{ "<source>::<rule id>": reason }`. */
function acknowledgements(app: App): Array<{ path: string; id: string; reason: string }> {
  return app.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([key, reason]) => ({
          path: construct.node.path,
          id: key.slice(key.indexOf('::') + 2),
          reason,
        })),
      ),
  );
}

describe('cdk-nag AwsSolutionsChecks', () => {
  let app: App;
  let report: Report;

  beforeAll(() => {
    app = buildApp(
      new App({
        context: { skillId: SKILL_ID, tracing: 'true', 'aws:cdk:bundling-stacks': [] },
        builtinCloudFormationValidation: false,
      }),
    );
    report = readReport(app.synth().directory);
  });

  it('finds nothing in the stack', () => {
    const violations = report.pluginReports.flatMap((plugin) => plugin.violations.map((v) => `${plugin.pluginName}: ${v.ruleName}`));
    expect(violations).toEqual([]);
  });

  it('acknowledges only named findings, each with a reason', () => {
    // Act
    const acks = acknowledgements(app);

    // Assess
    expect(acks.map((ack) => ack.id).sort()).toEqual(['AwsSolutions-IAM5[Resource::*]', 'AwsSolutions-SMG4']);
    for (const ack of acks) expect(ack.reason.length).toBeGreaterThan(40);
  });

  it('would report a finding the stack does not acknowledge', () => {
    // Prepare: a table without point-in-time recovery (AwsSolutions-DDB3)
    const probe = new App({ builtinCloudFormationValidation: false });
    const stack = new Stack(probe, 'Probe');
    new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
    Validations.of(probe).addPlugins(new AwsSolutionsChecks(probe));
    const printed: string[] = [];
    const errors = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      printed.push(args.map(String).join(' '));
    });

    // Act
    let thrown: unknown;
    try {
      probe.synth();
    } catch (err) {
      thrown = err;
    } finally {
      errors.mockRestore();
    }

    // Assess
    expect(thrown).toBeInstanceOf(Error);
    expect([String(thrown), ...printed].join('\n')).toContain('AwsSolutions-DDB3');
  });
});
