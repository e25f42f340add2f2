import { expect } from '@open-wc/testing';

/**
 * For the hand checks that stand in for zod (course-check, definition-check): equal values and the same key
 * order all the way down (deep.equal alone ignores order).
 */
export function expectSameParse(quick: unknown, zod: unknown) {
  expect(quick).to.deep.equal(zod);
  const order = (value: unknown): unknown =>
    value && typeof value === 'object'
      ? Array.isArray(value)
        ? value.map(order)
        : Object.entries(value).map(([k, v]) => [k, order(v)])
      : value;
  expect(order(quick)).to.deep.equal(order(zod));
}
