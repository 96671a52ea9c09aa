/** The rate limiter's buckets and the address a request is counted against (no server, no database). */
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { describe, it } from 'node:test';
import { clientAddress, createRateLimiter } from '../../server/rate-limit.js';

const requestFrom = (remoteAddress: string, forwarded?: string) =>
  ({
    socket: { remoteAddress },
    headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
  }) as unknown as IncomingMessage;

describe('rate limits', () => {
  it('gives a burst, then refills at the rate, one bucket per id', () => {
    let t = 0;
    const limiter = createRateLimiter({ perSecond: 2, burst: 3 }, () => t);
    assert.deepEqual(
      [1, 2, 3, 4].map(() => limiter.take('a')),
      [0, 0, 0, 1],
    );
    assert.equal(limiter.take('b'), 0);
    t = 500;
    assert.equal(limiter.take('a'), 0, 'half a second at 2/s: one more');
    assert.equal(limiter.take('a'), 1);
    assert.deepEqual(
      Array.from({ length: 7 }, () => limiter.take('facilitator', 2)),
      [0, 0, 0, 0, 0, 0, 1],
      'a scale of 2: twice the burst',
    );
  });

  it('counts a request against its peer, or the last X-Forwarded-For address only behind a trusted proxy', () => {
    assert.equal(clientAddress(requestFrom('192.0.2.4', '203.0.113.1'), false), '192.0.2.4');
    assert.equal(clientAddress(requestFrom('::ffff:192.0.2.4'), false), '192.0.2.4');
    assert.equal(clientAddress(requestFrom('127.0.0.1', '10.0.0.1, 203.0.113.1'), true), '203.0.113.1');
    assert.equal(clientAddress(requestFrom('127.0.0.1', ' [2001:db8::1]:4711 '), true), '2001:db8:0:0::/64');
    assert.equal(clientAddress(requestFrom('127.0.0.1', ''), true), '127.0.0.1');
  });

  it('counts IPv6 addresses by their /64', () => {
    const of = (a: string) => clientAddress(requestFrom(a), false);
    assert.equal(of('2001:db8:1:2::5'), of('2001:0db8:0001:0002:ffff:0:0:9'));
    assert.notEqual(of('2001:db8:1:2::5'), of('2001:db8:1:3::5'));
    assert.equal(of('::1'), '0:0:0:0::/64');
    assert.equal(of('fe80::1%eth0'), 'fe80:0:0:0::/64');
    assert.equal(of('64:ff9b::192.0.2.1'), '64:ff9b:0:0::/64');
    assert.equal(of('not:an::address::'), 'not:an::address::', 'kept as it is when it does not parse');
  });
});
