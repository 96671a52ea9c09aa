/**
 * A small EventSource for the tests in Node 20 (which has none): fetch, read the stream, dispatch `open`, named
 * events and `error`; reconnects after the stream ends, and stays CLOSED when the server refuses it — what the
 * HTTP adapter's live channel relies on in a browser.
 */
type Listener = (event: { data?: unknown }) => void;

export class NodeEventSource {
  static readonly instances = new Set<NodeEventSource>();
  readyState = 0;
  readonly url: string;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly controller = new AbortController();
  private closed = false;

  constructor(url: string) {
    this.url = url;
    NodeEventSource.instances.add(this);
    void this.run();
  }

  addEventListener(type: string, listener: Listener): void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener);
  }

  close(): void {
    this.closed = true;
    this.readyState = 2;
    this.controller.abort();
    NodeEventSource.instances.delete(this);
  }

  private emit(type: string, data?: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ data });
  }

  private async run(): Promise<void> {
    try {
      const response = await fetch(this.url, {
        headers: { Accept: 'text/event-stream' },
        signal: this.controller.signal,
      });
      if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/event-stream')) {
        await response.body?.cancel();
        this.readyState = 2;
        this.emit('error');
        return;
      }
      this.readyState = 1;
      this.emit('open');
      const decoder = new TextDecoder();
      let buffer = '';
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let type = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) type = line.slice(6).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
          }
          if (data.length) this.emit(type, data.join('\n'));
        }
      }
    } catch {
      // Aborted or the connection failed: as the stream's end.
    }
    if (this.closed) return;
    this.readyState = 0;
    this.emit('error');
    setTimeout(() => {
      if (!this.closed) void this.run();
    }, 200);
  }
}
