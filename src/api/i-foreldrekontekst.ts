import type { FastifyPluginAsync } from 'fastify';

/**
 * Marks a plugin so that its hooks and decorations land in the context of the plugin that registers it, as
 * `fastify-plugin` does ("skip-override", Fastify docs Reference/Plugins.md, Encapsulation.md). An audience plugin
 * registering the token check then has it on its own routes and on no one else's: no global hook, no URL exceptions
 * (STYLE.md §3).
 */
export function iForeldrekontekst<T extends FastifyPluginAsync>(navn: string, plugin: T): T {
  return Object.assign(plugin, { [Symbol.for('skip-override')]: true, [Symbol.for('fastify.display-name')]: navn });
}
