import type { CDPSession } from 'playwright-core';

type Params = Record<string, unknown>;
interface Reply {
  id?: number;
  method?: string;
  params?: Params;
  result?: Params;
  error?: { message: string };
}

/**
 * A DevTools session with any target (a tab, the extension's service worker), carried over the browser
 * session with Target.sendMessageToTarget. Playwright opens sessions only for pages and frames; this reaches
 * the targets it does not.
 */
export class TargetSession {
  private nextId = 1;
  private readonly waiting = new Map<number, { done: (r: Params) => void; fail: (e: Error) => void }>();
  private readonly listeners = new Map<string, Array<(params: Params) => void>>();
  private readonly onMessage = (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== this.sessionId) return;
    const reply = JSON.parse(event.message) as Reply;
    if (reply.id !== undefined) {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.error) waiter?.fail(new Error(reply.error.message));
      else waiter?.done(reply.result ?? {});
    } else if (reply.method) {
      for (const listener of this.listeners.get(reply.method) ?? []) listener(reply.params ?? {});
    }
  };

  private constructor(
    private readonly browserSession: CDPSession,
    private readonly sessionId: string,
  ) {
    browserSession.on('Target.receivedMessageFromTarget', this.onMessage);
  }

  static async attach(browserSession: CDPSession, targetId: string): Promise<TargetSession> {
    const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId, flatten: false });
    return new TargetSession(browserSession, sessionId);
  }

  on(method: string, listener: (params: Params) => void): void {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), listener]);
  }

  async send(method: string, params: Params = {}): Promise<Params> {
    const id = this.nextId++;
    const reply = new Promise<Params>((done, fail) => this.waiting.set(id, { done, fail }));
    const message = JSON.stringify({ id, method, params });
    await this.browserSession.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message });
    return reply;
  }

  async detach(): Promise<void> {
    this.browserSession.off('Target.receivedMessageFromTarget', this.onMessage);
    await this.browserSession
      .send('Target.detachFromTarget', { sessionId: this.sessionId })
      .catch(() => undefined);
  }
}
