/**
 * The floor: a bare async handler that answers without any SDK. Nothing can start or answer
 * faster on the same Node.js; every other figure is also given as a multiple of this one.
 */
interface FloorResponse {
  version: '1.0';
  response: { outputSpeech: { type: 'PlainText'; text: string }; shouldEndSession: boolean };
}

export const handler = async (_event: unknown): Promise<FloorResponse> => ({
  version: '1.0',
  response: { outputSpeech: { type: 'PlainText', text: 'Hello.' }, shouldEndSession: false },
});
