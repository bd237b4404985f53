import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SpeechServices {
  /** The environment a browser needs to reach them (its XDG_RUNTIME_DIR). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

const INSTALL = 'apt-get install -y speech-dispatcher espeak-ng pulseaudio';

/** Runs a command of the speech stack, turning "not installed" and failures into a reason to read. */
async function step(what: string, file: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  try {
    return (await run(file, args, { env, timeout: 30_000 })).stdout;
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    const reason =
      e.code === 'ENOENT' ? `${file} is not installed (${INSTALL})` : `${e.message} ${e.stderr ?? ''}`;
    throw new Error(`Real speech is not available: could not ${what}: ${reason.trim()}`, { cause: error });
  }
}

/**
 * Starts the speech stack a Linux browser speaks through, on a runtime folder of its own so a developer's
 * own sound and speech services are neither used nor disturbed: a sound server with a null sink (nothing
 * is heard) and the speech service with its synthesizer, told never to exit while idle. Throws with the
 * reason when any part cannot start: a test of real speech must fail then, never pass without it.
 */
export async function startSpeechServices(): Promise<SpeechServices> {
  const runtime = await mkdtemp(join(tmpdir(), 'lectern-speech-'));
  await chmod(runtime, 0o700);
  const env = { ...process.env, XDG_RUNTIME_DIR: runtime, HOME: runtime };
  const stop = async () => {
    const pidFile = join(runtime, 'speech-dispatcher', 'pid', 'speech-dispatcher.pid');
    const pid = existsSync(pidFile) ? Number((await readFile(pidFile, 'utf8')).trim()) : NaN;
    if (Number.isInteger(pid) && pid > 0) {
      try {
        process.kill(pid);
      } catch {
        // Already gone.
      }
    }
    await run('pulseaudio', ['--kill'], { env }).catch(() => undefined);
    await delay(300);
    await rm(runtime, { recursive: true, force: true });
  };
  try {
    await step('start the sound server', 'pulseaudio', ['--start', '--exit-idle-time=-1'], env);
    await step('add a null sink', 'pactl', ['load-module', 'module-null-sink'], env);
    await step('start the speech service', 'speech-dispatcher', ['-d', '-t', '0'], env);
    const socket = join(runtime, 'speech-dispatcher', 'speechd.sock');
    for (let waited = 0; !existsSync(socket); waited += 200) {
      if (waited > 20_000)
        throw new Error(`Real speech is not available: no speech service socket at ${socket}`);
      await delay(200);
    }
    // One short phrase through the service proves the synthesizer works before a browser relies on it.
    await new Promise<void>((resolve, reject) => {
      const say = spawn('spd-say', ['-w', '-r', '100', 'ready'], { env, stdio: 'ignore' });
      const timer = setTimeout(
        () => (say.kill(), reject(new Error('spd-say did not finish in 30 s'))),
        30_000,
      );
      say.once('error', (error) => (clearTimeout(timer), reject(error)));
      say.once('exit', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`spd-say exited with ${code}`));
      });
    }).catch((error: Error) => {
      throw new Error(`Real speech is not available: the speech service did not speak: ${error.message}`);
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { env: { XDG_RUNTIME_DIR: runtime }, stop };
}
