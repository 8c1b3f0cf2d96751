import { catalogContract } from './contract';
import { startUpstream } from './upstream';

catalogContract('AmazonBusinessCatalog over HTTP to the emulator', async () => {
  const upstream = await startUpstream();
  return { catalog: upstream.catalog, teardown: () => upstream.close() };
});
