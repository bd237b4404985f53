import { describe, expect, it } from 'vitest';
import { SpeechQueue, type SpeechState } from '../../../core/speech/queue';
import { FakeEngine } from './fake-engine';

const ITEMS = ['One.', 'Two words.', 'Three.'].map((text) => ({ text, lang: 'en' }));
const voice = { id: 'v-en', name: 'English', lang: 'en-GB', isDefault: true };

function setup() {
  const engine = new FakeEngine([voice]);
  const states: SpeechState[] = [];
  const queue = new SpeechQueue(engine, ITEMS, {
    rate: 1,
    voiceFor: () => voice,
    onChange: (state) => states.push(state),
  });
  return { engine, queue, states };
}

describe('the speech queue', () => {
  it('reads sentence after sentence, with the voice and rate asked for, and ends', () => {
    const { engine, queue } = setup();
    queue.play();
    expect(queue.current).toMatchObject({ status: 'playing', index: 0 });
    engine.finish();
    engine.finish();
    expect(queue.current.index).toBe(2);
    engine.finish();
    expect(queue.current.status).toBe('ended');
    expect(engine.said).toEqual(['One.', 'Two words.', 'Three.']);
    expect(engine.spoken[0]).toMatchObject({ lang: 'en', voice, rate: 1 });
  });

  it('pauses and resumes the same sentence; a cancelled utterance’s late events change nothing', async () => {
    const { engine, queue } = setup();
    queue.play(1);
    queue.pause();
    expect(queue.current).toMatchObject({ status: 'paused', index: 1 });
    await Promise.resolve();
    engine.finish(); // the cancelled one's end, arriving late
    expect(queue.current).toMatchObject({ status: 'paused', index: 1 });
    queue.resume();
    expect(queue.current).toMatchObject({ status: 'playing', index: 1 });
    expect(engine.said).toEqual(['Two words.', 'Two words.']);
  });

  it('goes to the next and previous sentence, reading on if it was reading', () => {
    const { engine, queue } = setup();
    queue.play();
    queue.next();
    queue.next();
    queue.next();
    expect(queue.current).toMatchObject({ status: 'playing', index: 2 });
    queue.previous();
    expect(engine.said).toEqual(['One.', 'Two words.', 'Three.', 'Three.', 'Two words.']);
    queue.pause();
    queue.previous();
    expect(queue.current).toMatchObject({ status: 'paused', index: 0 });
    expect(engine.said).toHaveLength(5);
  });

  it('a new speed is heard from the start of the current sentence', () => {
    const { engine, queue } = setup();
    queue.play();
    queue.setRate(2.5);
    expect(engine.spoken.map((u) => u.rate)).toEqual([1, 2.5]);
    expect(engine.said).toEqual(['One.', 'One.']);
  });

  it('follows word boundaries, with or without their length', () => {
    const { engine, queue } = setup();
    queue.play(1);
    engine.word(0, 3);
    expect(queue.current.word).toEqual({ start: 0, end: 3 });
    engine.word(4);
    expect(queue.current.word).toEqual({ start: 4, end: 9 });
  });

  it('stops for good, and reports a failure of the engine as the reason it stopped', async () => {
    const { engine, queue } = setup();
    queue.play();
    queue.stop();
    await Promise.resolve();
    expect(queue.current).toMatchObject({ status: 'idle', failure: null });
    queue.play();
    engine.fail('synthesis-failed');
    expect(queue.current).toMatchObject({ status: 'idle', failure: 'synthesis-failed' });
  });

  it('plays from the top again after the end, and reads nothing when there is nothing', () => {
    const { engine, queue } = setup();
    queue.play(2);
    engine.finish();
    queue.play();
    expect(queue.current).toMatchObject({ status: 'playing', index: 0 });
    const empty = new SpeechQueue(engine, [], { rate: 1, voiceFor: () => null, onChange: () => {} });
    empty.play();
    expect(empty.current.status).toBe('ended');
  });
});
