/**
 * The official samples' way of keeping per-customer state, built from the published packages:
 * ask-sdk-core with `ask-sdk-dynamodb-persistence-adapter` (and the aws-sdk v2 client it is
 * made for), reading the customer's attributes on launch, as Amazon's ASK SDK documentation
 * ("Managing Attributes", DynamoDbPersistenceAdapter) and its samples do. The bench loads it
 * with its packages from node_modules, the way those samples are deployed (a zip of the
 * folder with node_modules), not bundled.
 */
import { type ErrorHandler, getRequestType, type HandlerInput, type RequestHandler, SkillBuilders } from 'ask-sdk-core';
import { DynamoDbPersistenceAdapter } from 'ask-sdk-dynamodb-persistence-adapter';
import type { RequestEnvelope, Response, ResponseEnvelope } from 'ask-sdk-model';
import AWS from 'aws-sdk';

const LaunchRequestHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle: async (input: HandlerInput): Promise<Response> => {
    const attributes = await input.attributesManager.getPersistentAttributes();
    const visits = typeof attributes.visits === 'number' ? attributes.visits : 0;
    return input.responseBuilder
      .speak(visits > 0 ? 'Welcome back. What would you like to find?' : 'Welcome. What would you like to find?')
      .reprompt('What would you like to find?')
      .getResponse();
  },
};

const AnyErrorHandler: ErrorHandler = {
  canHandle: () => true,
  handle: (input: HandlerInput): Response => input.responseBuilder.speak('Sorry, I had trouble doing what you asked.').reprompt('Please try again.').getResponse(),
};

const skill = SkillBuilders.custom()
  .addRequestHandlers(LaunchRequestHandler)
  .addErrorHandlers(AnyErrorHandler)
  .withPersistenceAdapter(
    new DynamoDbPersistenceAdapter({
      tableName: process.env.TABLE_NAME ?? 'samples-state',
      createTable: false,
      dynamoDBClient: new AWS.DynamoDB({ apiVersion: 'latest', region: process.env.AWS_REGION, endpoint: process.env.DYNAMODB_ENDPOINT }),
    }),
  )
  .create();

export const handler = (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => skill.invoke(event, context);
