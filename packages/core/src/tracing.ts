/**
 * Tracing without a dependency: the part of OpenTelemetry's `Tracer` and `Span`
 * (`@opentelemetry/api` 1.x) the clients call, typed structurally. The caller hands over a tracer
 * (`trace.getTracer("@cancel/sdk")`), which is one of these; nothing here imports
 * `@opentelemetry/api`, so an application without it loads and bundles none of it, in any runtime.
 */

export type SpanAttributeValue = string | number | boolean;
/** Span attributes; undefined values are left out. */
export type SpanAttributes = Readonly<Record<string, SpanAttributeValue | undefined>>;

/** What the clients call on a span: an OpenTelemetry `Span` is one. */
export interface TraceSpan {
  setAttribute(key: string, value: SpanAttributeValue): unknown;
  addEvent(name: string, attributes?: SpanAttributes): unknown;
  /** `code`: OpenTelemetry's `SpanStatusCode` (2 is `ERROR`). */
  setStatus(status: { code: number; message?: string }): unknown;
  end(): void;
}

export interface TraceSpanOptions {
  /** OpenTelemetry's `SpanKind` (0 `INTERNAL`, 2 `CLIENT`). */
  kind?: number;
  attributes?: SpanAttributes;
}

/**
 * What the clients call on a tracer: an OpenTelemetry `Tracer` is one. Spans are started active,
 * so a span the caller has open is their parent and the clients' spans nest under each other
 * (through the context manager an OpenTelemetry SDK registers: AsyncLocalStorage on Node, Zone in
 * browsers).
 */
export interface Tracer {
  startActiveSpan<F extends (span: TraceSpan) => unknown>(
    name: string,
    options: TraceSpanOptions,
    fn: F,
  ): ReturnType<F>;
}
