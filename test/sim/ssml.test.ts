import { renderSsml } from './ssml';

describe('SSML rendered as plain text', () => {
  it.each([
    ['<speak>Hello <break time="500ms"/> world</speak>', 'Hello … world'],
    ['<speak>Your code is <say-as interpret-as="characters">AB12</say-as>.</speak>', 'Your code is A B 1 2.'],
    ['<speak>Call <say-as interpret-as="digits">123</say-as></speak>', 'Call 1 2 3'],
    ['<speak>Oh <say-as interpret-as="expletive">darn</say-as></speak>', 'Oh beep'],
    ['<speak><sub alias="aluminium">Al</sub> foil</speak>', 'aluminium foil'],
    ['<speak><p>One.</p><p>Two.</p></speak>', 'One. … Two.'],
    ['<speak><prosody rate="slow"><emphasis level="strong">Tom &amp; Jerry</emphasis></prosody> &lt;3</speak>', 'Tom & Jerry <3'],
    ['<speak><audio src="https://example.invalid/a.mp3"/>Done</speak>', '[audio] Done'],
    ['<speak><break strength="strong"/>Start<break time="1s"/><break time="1s"/>end<break/></speak>', 'Start … end'],
    ['plain text without tags', 'plain text without tags'],
  ])('renders %s as "%s"', (ssml, text) => {
    expect(renderSsml(ssml)).toBe(text);
  });
});
