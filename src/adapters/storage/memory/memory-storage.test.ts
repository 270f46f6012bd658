import { runStorageContract } from '../../../ports/storage.contract.js';
import { createMemoryStorage } from './memory-storage.js';

runStorageContract('memory', async () => createMemoryStorage());
