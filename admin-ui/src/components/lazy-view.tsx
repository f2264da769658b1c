import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Loading } from 'react-admin';

/**
 * A component loaded from its own chunk the first time it renders: `load` is a dynamic
 * `import()` and `name` the export. Resource views and pages are loaded this way so the login
 * page and each role download only the screens they open. Inside the layout react-admin's own
 * Suspense shows the loading page meanwhile.
 */
export function lazyView<Module extends Record<Name, ComponentType<never>>, Name extends keyof Module & string>(load: () => Promise<Module>, name: Name): LazyExoticComponent<ComponentType<object>> {
  return lazy(() => load().then((module) => ({ default: module[name] as ComponentType<object> })));
}

/** The same for a page outside the layout (no Suspense of react-admin's above it). */
export function lazyPage<Module extends Record<Name, ComponentType<never>>, Name extends keyof Module & string>(load: () => Promise<Module>, name: Name): ComponentType {
  const View = lazyView(load, name);
  return function LazyPage() {
    return (
      <Suspense fallback={<Loading />}>
        <View />
      </Suspense>
    );
  };
}
