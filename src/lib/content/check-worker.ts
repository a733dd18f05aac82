/** A thread that runs the per-file checks on batches of article files (load-content.ts's loadContentInParallel). */
import { workerData } from 'node:worker_threads';
import { fileProblems } from '../validate/content.ts';
import { DEFAULT_LOCALE } from '../languages.ts';
import { fileCheckOptions } from './load-content.ts';
import { serveBatches } from '../thread-pool.ts';
import type { ArticleFile } from '../content-files.ts';
import type { Registry } from '../registry.ts';

const { registry, options } = workerData as { registry: Registry; options: { now: Date; publishFuture: boolean } };
const settings = fileCheckOptions(options);
serveBatches((files: ArticleFile[]) => files.map((f) => fileProblems(f, f.locale === DEFAULT_LOCALE, registry, settings)));
