/** REST and the control endpoint answer CORS, so a page in a browser can use the local exchange. */
import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, start } from './helpers';

afterEach(closeAll);

const preflight = (url: string, method: string, headers: string) =>
  fetch(url, {
    method: 'OPTIONS',
    headers: {
      Origin: 'http://page.example',
      'Access-Control-Request-Method': method,
      'Access-Control-Request-Headers': headers,
    },
  });

describe('local exchange CORS', () => {
  it('answers a REST preflight with the method and headers asked for', async () => {
    const exchange = await start({ paused: true });
    const res = await preflight(`${exchange.urls.rest}/api/v3/order`, 'POST', 'x-mbx-apikey');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toBe('x-mbx-apikey');
  });

  it('allows any origin on REST answers, errors included, and exposes the usage headers', async () => {
    const exchange = await start({ paused: true });
    const ok = await fetch(`${exchange.urls.rest}/api/v3/ping`, {
      headers: { Origin: 'http://page.example' },
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    expect(ok.headers.get('access-control-expose-headers')).toContain('X-MBX-USED-WEIGHT-1M');
    const missing = await fetch(`${exchange.urls.rest}/api/v3/nothing`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers CORS on the control endpoint, preflights included', async () => {
    const exchange = await start({ paused: true });
    const res = await preflight(`${exchange.urls.control}/faults/dropAll`, 'POST', 'content-type');
    expect(res.status).toBe(204);
    const list = await fetch(exchange.urls.control);
    expect(list.headers.get('access-control-allow-origin')).toBe('*');
  });
});
