/**
 * The devices the simulator can be: voice-only (an Echo Dot: no screen, today's answers), or one
 * with a screen, by the names `--device` and `@device` take.
 */
import { type ScreenDevice, type ScreenDeviceName, screenDevice } from '../support/envelopes';

const DEVICES = {
  voice: undefined,
  show: 'show10',
  show10: 'show10',
  show8: 'show8',
  show5: 'show5',
  spot: 'spot',
  tv: 'tv',
} as const satisfies Record<string, ScreenDeviceName | undefined>;
export type DeviceName = keyof typeof DEVICES;
export const DEVICE_NAMES = Object.keys(DEVICES) as DeviceName[];

export function isDeviceName(value: string): value is DeviceName {
  return Object.hasOwn(DEVICES, value);
}

export function deviceScreen(name: DeviceName): ScreenDevice | undefined {
  const screen = DEVICES[name];
  return screen === undefined ? undefined : screenDevice(screen);
}
