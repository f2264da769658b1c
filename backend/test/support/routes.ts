import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { PATHS_OUTSIDE_API } from '../../src/platform/http/paths-outside-api.js';

/** Every route the running app registers, as `METHOD /api/path/:param` (the pages outside the API without `/api`). */
export function registeredRoutes(app: NestExpressApplication): string[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const routes: string[] = [];
  for (const wrapper of discovery.getControllers()) {
    const prototype = Object.getPrototypeOf(wrapper.instance as object) as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as () => unknown;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) continue;
      const base = Reflect.getMetadata(PATH_METADATA, wrapper.metatype as object) as string;
      const prefix = PATHS_OUTSIDE_API.includes(base) ? '' : '/api';
      const full = `${prefix}/${base}/${path}`.replace(/\/+/g, '/').replace(/\/$/, '');
      routes.push(`${RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number]} ${full}`);
    }
  }
  return routes.sort();
}
