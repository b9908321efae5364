/**
 * npm start's server, after the build: dist/ on http://localhost:4321, as a host would serve it
 * (tools/static-host.ts). A port already taken is an error, never a move to another port: the
 * reader was told 4321 (README). `--port` and `--dir` are for the tests.
 */
import { parseArgs } from 'node:util';
import { serveDist } from './static-host';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, dir: { type: 'string', default: 'dist' } } });
const port = Number(values.port);

try {
  await serveDist(values.dir, { port, host: 'localhost' });
  console.log(`Serving ${values.dir}/ on http://localhost:${port}/ with the headers of ${values.dir}/_headers (Ctrl+C stops).`);
} catch (error) {
  const taken = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
  console.error(
    taken
      ? `Port ${port} is already in use, so ${values.dir}/ is not served. Stop what uses it (another npm start, astro dev or astro preview?) and run npm start again.`
      : `Cannot serve ${values.dir}/: ${(error as Error).message}`,
  );
  process.exit(1);
}
