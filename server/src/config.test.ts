// TRUST_PROXY is a hop count (true/false stay accepted as 1/0); anything else stops start-up.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('TRUST_PROXY', () => {
  it.each([
    [undefined, 0],
    ['0', 0],
    ['2', 2],
    ['true', 1],
    ['false', 0],
  ])('%s means %i trusted hops', (value, hops) => {
    const env = value === undefined ? {} : { TRUST_PROXY: value };
    expect(loadConfig(env).http.trustProxyHops).toBe(hops);
  });

  it.each(['yes', '-1', '1.5', 'loopback'])('refuses %s', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(ConfigError);
  });
});
