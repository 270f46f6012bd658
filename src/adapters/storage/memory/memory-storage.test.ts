import { runStorageContract } from '../../../ports/storage.contract.js';
import { runAnalyticsSourceContract } from '../../../ports/analytics-source.contract.js';
import { createMemoryStorage } from './memory-storage.js';

runStorageContract('memory', async () => createMemoryStorage());

runAnalyticsSourceContract('memory', async () => createMemoryStorage());
