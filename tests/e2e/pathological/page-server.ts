import { serve, type Served } from '../harness/serve';
import { generatePage } from './pages';

export type GeneratedPageServer = Served;

/** Serves the generated pages on 127.0.0.1 and a free port (a real http origin, nothing leaves the machine). */
export function startGeneratedPageServer(): Promise<GeneratedPageServer> {
  return serve((url) => generatePage(url));
}
