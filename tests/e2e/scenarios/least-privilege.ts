import { expect, it } from 'vitest';
import type { ScenarioContext } from './context';

interface Granted {
  permissions?: string[];
  origins?: string[];
}

export function leastPrivilegeScenarios({ driver }: ScenarioContext): void {
  it('did all of that with no host permission granted: the toolbar click’s activeTab grant was enough', async () => {
    await driver().openExtensionPage('options.html');
    const granted = await driver().evaluate(
      () =>
        (
          globalThis as unknown as { chrome: { permissions: { getAll(): Promise<Granted> } } }
        ).chrome.permissions.getAll(),
      null,
    );
    expect(granted.origins).toEqual([]);
    expect(granted.permissions).toContain('activeTab');
  });
}
