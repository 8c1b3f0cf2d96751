/**
 * The reference the skill is measured against: the smallest useful ask-sdk-core skill, as
 * Amazon's hello-world sample builds it (LaunchRequest, one intent, an error handler).
 * Bundled with the same esbuild settings as the skill.
 */
import { type ErrorHandler, getIntentName, getRequestType, type HandlerInput, type RequestHandler, SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope, Response, ResponseEnvelope } from 'ask-sdk-model';

const LaunchRequestHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle: (input: HandlerInput): Response => input.responseBuilder.speak('Welcome, you can say Hello.').reprompt('Say Hello.').getResponse(),
};

const HelloWorldIntentHandler: RequestHandler = {
  canHandle: (input: HandlerInput) => getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === 'HelloWorldIntent',
  handle: (input: HandlerInput): Response => input.responseBuilder.speak('Hello World!').reprompt('Say Hello again.').getResponse(),
};

const AnyErrorHandler: ErrorHandler = {
  canHandle: () => true,
  handle: (input: HandlerInput): Response => input.responseBuilder.speak('Sorry, I had trouble doing what you asked.').reprompt('Please try again.').getResponse(),
};

const skill = SkillBuilders.custom().addRequestHandlers(LaunchRequestHandler, HelloWorldIntentHandler).addErrorHandlers(AnyErrorHandler).create();

export const handler = (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => skill.invoke(event, context);
