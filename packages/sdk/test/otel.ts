/**
 * A real OpenTelemetry SDK in memory for the tracing tests: a tracer whose finished spans an
 * InMemorySpanExporter keeps, and the AsyncLocalStorage context manager every Node setup registers
 * (the one that makes a span started inside another its child).
 */
import { context, type SpanStatusCode } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { afterAll, afterEach, beforeAll } from "vitest";

/** Registers the context manager for the calling test file; spans are cleared after each test. */
export function memoryTracing() {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  beforeAll(() => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  });
  afterEach(() => exporter.reset());
  afterAll(() => context.disable());
  const spans = () => exporter.getFinishedSpans();
  return {
    tracer: provider.getTracer("@cancel/sdk"),
    spans,
    /** The finished spans of a name, in the order they ended. */
    named: (name: string) => spans().filter((span) => span.name === name),
    /** The one finished span of a name. */
    only(name: string): ReadableSpan {
      const found = spans().filter((span) => span.name === name);
      if (found.length !== 1) {
        throw new Error(`expected one span ${name}, got ${found.length}: ${names(spans())}`);
      }
      return found[0]!;
    },
  };
}

export const names = (spans: readonly ReadableSpan[]) => spans.map((span) => span.name).join(", ");

/** Whether `child` was started inside `parent`. */
export const isChildOf = (child: ReadableSpan, parent: ReadableSpan) =>
  child.parentSpanContext?.spanId === parent.spanContext().spanId &&
  child.spanContext().traceId === parent.spanContext().traceId;

/** Everything a span holds that an exporter would send, as text (for the secret-leak checks). */
export function spanTexts(spans: readonly ReadableSpan[]): string[] {
  return spans.map((span) =>
    JSON.stringify({
      name: span.name,
      attributes: span.attributes,
      status: span.status as { code: SpanStatusCode; message?: string },
      events: span.events.map((event) => ({ name: event.name, attributes: event.attributes })),
    }),
  );
}
