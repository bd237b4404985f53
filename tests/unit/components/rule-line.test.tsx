import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RuleLine } from '../../../components/RuleLine';
import type { RememberOutcome, SiteRuleChannel } from '../../../core/settings/site-rules';

const channel = (outcome: RememberOutcome): SiteRuleChannel => ({
  host: 'news.example.com',
  remember: vi.fn(async () => outcome),
  forget: vi.fn(async () => {}),
});

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const buttons = () => [...root.querySelectorAll('button')].map((b) => b.textContent);
const click = (name: string) =>
  act(async () => {
    [...root.querySelectorAll('button')].find((b) => b.textContent === name)!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
const status = () => root.querySelector('[role=status]')!.textContent;

describe('the rule line above a picked or ruled article', () => {
  it('after a pick, offers to always use it on the site, and says when it is stored', async () => {
    const rules = channel('saved');
    await act(() => render(<RuleLine kind="picked" channel={rules} />, root));
    expect(root.textContent).toContain('Showing the part of the page you picked.');
    await click('Always use this on news.example.com');
    expect(rules.remember).toHaveBeenCalledTimes(1);
    expect(status()).toBe('Lectern will show this part of news.example.com from now on.');
    expect(buttons()).toEqual([]);
  });

  it('says why a pick could not be remembered, and the offer stays', async () => {
    await act(() => render(<RuleLine kind="picked" channel={channel('unnamed')} />, root));
    await click('Always use this on news.example.com');
    expect(status()).toContain('cannot be remembered: the page gives it no lasting name');
    expect(buttons()).toEqual(['Always use this on news.example.com']);
    render(null, root);
    await act(() => render(<RuleLine kind="picked" channel={channel('failed')} />, root));
    await click('Always use this on news.example.com');
    expect(status()).toContain('the browser did not store it');
  });

  it('with the rule applied, offers to pick again or forget it', async () => {
    const rules = channel('saved');
    const pick = vi.fn();
    await act(() => render(<RuleLine kind="applied" channel={rules} onPick={pick} />, root));
    expect(root.textContent).toContain('Showing the part you chose for news.example.com.');
    await click('Pick the article');
    expect(pick).toHaveBeenCalledTimes(1);
    await click('Forget this choice');
    expect(rules.forget).toHaveBeenCalledTimes(1);
    expect(status()).toContain('Forgotten');
  });

  it('when the rule found nothing, says the automatic reading is shown', async () => {
    await act(() => render(<RuleLine kind="missing" channel={channel('saved')} onPick={() => {}} />, root));
    expect(root.textContent).toContain(
      'The part you chose for news.example.com is not on this page any more, so Lectern found the article by itself.',
    );
    expect(buttons()).toEqual(['Pick the article']);
  });
});
