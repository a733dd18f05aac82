/** A thread that runs the per-file checks on a share of the article files (load-content.ts's loadContentInParallel). */
import { parentPort, workerData } from 'node:worker_threads';
import { fileProblems } from '../validate/content.ts';
import { DEFAULT_LOCALE } from '../languages.ts';
import { fileCheckOptions } from './load-content.ts';
import type { ArticleFile } from '../content-files.ts';
import type { Registry } from '../registry.ts';

const { files, registry, options } = workerData as { files: ArticleFile[]; registry: Registry; options: { now: Date; publishFuture: boolean } };
const settings = fileCheckOptions(options);
parentPort!.postMessage(files.map((f) => fileProblems(f, f.locale === DEFAULT_LOCALE, registry, settings)));
