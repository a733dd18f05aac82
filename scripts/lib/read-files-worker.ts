/** A thread that reads a share of the article files for readStatusFiles. */
import { parentPort, workerData } from 'node:worker_threads';
import { readFiles } from './read-status-files.ts';

parentPort!.postMessage(readFiles(workerData.place, workerData.paths, workerData.sourceLocale));
