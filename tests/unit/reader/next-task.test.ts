import { describe, expect, it } from 'vitest';
import { nextTask } from '../../../core/reader/next-task';

describe('nextTask', () => {
  it('resolves in a later task: work already queued as microtasks runs first', async () => {
    const order: string[] = [];
    const yielded = nextTask().then(() => order.push('next task'));
    void Promise.resolve().then(() => order.push('microtask'));
    await yielded;
    expect(order).toEqual(['microtask', 'next task']);
  });
});
