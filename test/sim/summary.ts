/**
 * One-line descriptions of requests and directives, for the console and for failing
 * dialog turns: what a developer wants to see at a glance, never a whole envelope.
 */
import type { Directive, RequestEnvelope, Slot } from 'ask-sdk-model';
import { field } from '../../lambda/util/guards';

function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function shorten(value: string, max = 16): string {
  return value.length <= max ? value : `${value.slice(0, max)}…`;
}

export function describeSlot(slot: Slot): string | undefined {
  if (slot.value === undefined) return undefined;
  const resolution = slot.resolutions?.resolutionsPerAuthority?.[0];
  if (resolution === undefined) return `${slot.name}="${slot.value}"`;
  const id = resolution.values[0]?.value.id;
  return `${slot.name}="${slot.value}" ${resolution.status.code}${id === undefined ? '' : ` → ${id}`}`;
}

export function describeRequest(envelope: RequestEnvelope): string {
  const request = envelope.request;
  switch (request.type) {
    case 'IntentRequest': {
      const slots = Object.values(request.intent.slots ?? {})
        .map(describeSlot)
        .filter((s): s is string => s !== undefined);
      return `IntentRequest ${request.intent.name}${slots.length === 0 ? '' : ` ${slots.join(', ')}`}`;
    }
    case 'SessionEndedRequest':
      return `SessionEndedRequest ${request.reason}`;
    case 'SessionResumedRequest': {
      const cause = request.cause;
      const result = field(cause, 'result');
      const code = field(result, 'code');
      return `SessionResumedRequest status=${text(cause?.status?.code)} ${code === undefined ? 'no result (success)' : `result=${text(code)}`}`;
    }
    case 'Connections.Response':
      return `Connections.Response ${request.name ?? '?'} ${text(field(request.payload, 'purchaseResult'))} ${text(field(request.payload, 'productId'))}`;
    case 'System.ExceptionEncountered':
      return `System.ExceptionEncountered ${request.error.type}: ${request.error.message}`;
    default:
      return request.type;
  }
}

/** `Connections.StartConnection AddToShoppingCart/1 [B000000001] token=…`, and so on. */
export function describeDirective(directive: Directive): string {
  switch (directive.type) {
    case 'Connections.StartConnection': {
      const uri = String(field(directive, 'uri') ?? '').replace(/^connection:\/\/AMAZON\./, '');
      const products = field(field(directive, 'input'), 'products');
      const asins = Array.isArray(products) ? products.map((p) => text(field(p, 'asin'))) : [];
      const onCompletion = field(directive, 'onCompletion');
      const token = field(directive, 'token');
      return [
        'Connections.StartConnection',
        uri,
        `[${asins.join(', ')}]`,
        onCompletion === undefined ? '' : text(onCompletion),
        token === undefined ? '' : `token=${shorten(text(token))}`,
      ]
        .filter((part) => part !== '')
        .join(' ');
    }
    case 'Connections.SendRequest': {
      const productId = field(field(field(directive, 'payload'), 'InSkillProduct'), 'productId');
      return `Connections.SendRequest ${text(field(directive, 'name'))} ${text(productId)}`;
    }
    default: {
      const rest = Object.entries(directive)
        .filter(([key]) => key !== 'type')
        .map(([key, value]) => `${key}=${shorten(text(value), 40)}`);
      return [directive.type, ...rest].join(' ');
    }
  }
}
