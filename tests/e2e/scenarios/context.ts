import type { ReaderDriver } from '../harness/driver';
import type { PageServer } from '../harness/page-server';

/** What every scenario gets: the browser under test and the local page server, both set up once per file. */
export interface ScenarioContext<D extends ReaderDriver = ReaderDriver> {
  driver(): D;
  server(): PageServer;
}
