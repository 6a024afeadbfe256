/** OfficeExtension.EventHandlers / EventHandlerResult stand-ins. Registration happens at sync. */
import type { StandinContext } from "./proxy";

export class EventHandlerResult<A> {
  constructor(
    readonly context: StandinContext,
    private readonly owner: EventHandlers<A>,
    private readonly handler: (args: A) => Promise<unknown> | unknown
  ) {}
  remove(): void {
    this.owner.remove(this.handler);
  }
}

export class EventHandlers<A> {
  constructor(
    private readonly context: StandinContext,
    private readonly name: string,
    private readonly register: (handler: (args: A) => unknown) => void,
    private readonly unregister: (handler: (args: A) => unknown) => void
  ) {}

  add(handler: (args: A) => Promise<unknown> | unknown): EventHandlerResult<A> {
    this.context._enqueue({ p: this.name, k: "call", n: "add" }, () => this.register(handler));
    return new EventHandlerResult(this.context, this, handler);
  }

  remove(handler: (args: A) => Promise<unknown> | unknown): void {
    this.context._enqueue({ p: this.name, k: "call", n: "remove" }, () => this.unregister(handler));
  }
}
