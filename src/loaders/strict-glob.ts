import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';

/**
 * Astro's glob loader only logs a Markdown file that fails to render (an unknown source key, a broken content link)
 * and builds on without it. This one fails the build with those messages, and forgets the failed entries so the
 * next build renders them again instead of trusting its cache.
 */
export function strictGlob(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    name: 'strict-glob',
    load: async (context: LoaderContext) => {
      const errors: string[] = [];
      const logger = Object.create(context.logger, {
        error: { value: (message: string) => errors.push(message) },
      }) as LoaderContext['logger'];
      await inner.load({ ...context, logger });
      const unrendered = context.store.entries().filter(([, entry]) => entry.filePath?.endsWith('.md') && !entry.rendered);
      for (const [id] of unrendered) context.store.delete(id);
      if (errors.length || unrendered.length) {
        throw new Error(
          [...errors, ...(errors.length ? [] : unrendered.map(([id]) => `${options.base}/${id}: did not render; see the messages above.`))].join('\n'),
        );
      }
    },
  };
}
