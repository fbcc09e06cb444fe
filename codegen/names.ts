/**
 * Naming rules shared by every emitter (STYLE.md: kebab-case files, subscribe<Channel>, …).
 * One name per channel, operation or event on every surface: `<op>Http`, `<op>Factory`,
 * `parse<Op>Ccxt`, `Parsed<Channel>`, `Parsed<Op>Response`, `Parsed<Event>Event`; no overrides.
 */

export const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

export const kebab = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();

/** Names of everything emitted for one channel. */
export function channelNames(channel: string) {
  const P = pascal(channel);
  return {
    file: kebab(channel),
    event: `${P}Event`,
    parsed: `Parsed${P}`,
    params: `${P}Params`,
    descriptor: `${channel}Channel`,
    subscribe: `subscribe${P}`,
    parse: `parse${P}`,
    validate: `validate${P}Event`,
    schema: `${channel}EventSchema`,
  };
}

/** Names of everything emitted for one operation; `http`/`factory` only with that transport. */
export function operationNames(spec: { operation: string; rest?: object; wsApi?: object }) {
  const P = pascal(spec.operation);
  return {
    file: kebab(spec.operation),
    params: `${P}Params`,
    response: `${P}Response`,
    parsed: `Parsed${P}Response`,
    descriptor: `${spec.operation}Operation`,
    http: spec.rest ? `${spec.operation}Http` : undefined,
    factory: spec.wsApi ? `${spec.operation}Factory` : undefined,
    parse: `parse${P}Response`,
    validate: `validate${P}Response`,
    schema: `${spec.operation}ResponseSchema`,
  };
}

/** The readable name of a field: its `name`, or the wire name (already camelCase). */
export const readableName = (wire: string, field: { name?: string }): string => field.name ?? wire;

/** Type name of a stream parameter's value, e.g. `interval` -> `IntervalParam`. */
export const paramTypeName = (param: string): string => `${pascal(param)}Param`;

/** Constant holding a stream parameter's rules, e.g. `symbol` -> `symbolStreamParam`. */
export const streamParamName = (param: string): string => `${param}StreamParam`;

/** A TypeScript property key: bare when it is an identifier, quoted otherwise. */
export const propertyKey = (key: string): string =>
  /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);

/** Names of everything emitted for one user data event. */
export function userDataNames(event: string) {
  const P = pascal(event);
  return {
    file: kebab(event),
    event: `${P}Event`,
    parsed: `Parsed${P}Event`,
    parse: `parse${P}Event`,
    validate: `validate${P}Event`,
    operator: `on${P}`,
    schema: `${event}UserDataSchema`,
  };
}

/** The constant of a product (spec/product.yaml `name`), e.g. `usdm` -> `usdmProduct`. */
export const productConstName = (product: { readonly name: string }): string =>
  `${product.name}Product`;
